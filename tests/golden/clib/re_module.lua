-- the re module: compile, match, find, gsub, updatelocale, definitions, predefined classes,
-- every operator of its syntax, and its error messages
package.path = "data/?.lua;" .. package.path
local show = require "show"
local re = require "re"
local lpeg = require "lpeg"
local function m(s, p, ...) print(show.try(re.match, s, p, ...)) end
local function mc(s, p, defs) print(show.try(function() return re.compile(p, defs):match(s) end)) end
local function c(p, defs) print(show.try(function() return lpeg.type(re.compile(p, defs)) end)) end

m("hello", "'he' {'l'+}"); m("hello", "{%a+} !."); m("abc", "{.} {.} {.}"); m("abc", "{} . {} . {}")
m("aaa", "'a'^2"); m("aaa", "{'a'^+2}"); m("aaa", "{'a'^-2}"); m("aaaa", "{'a'*} !."); m("", "'a'?")
m("abc", "&'a' {.}"); m("abc", "!'b' {.}"); m("xyz", "[^a-x]"); m("x-]", "{[-x]+} {[]]}")
m("Ab1 _", "{%u} {%l} {%d} {%s} {%p}"); m("AB", "{%A}"); m("12ab", "{%D+}"); m("\n", "%nl")
m("hello world", "{| {:first: %a+ :} ' ' {:second: %a+ :} |}"); m("abc", "{~ 'b' -> 'B' ~}")
m("abc", "{| {.}* |}"); m("abc", "(. -> '%0%0')*"); m("abc", "{.} -> {}"); mc("12", "{%d+} -> tonumber", {tonumber = tonumber})
m("a1", "{%a} {%d} -> '%1'"); mc("aXb", "{~ (%u -> lower / .)* ~}", {lower = string.lower})
m("aa", "{:x: 'a' :} =x"); m("ab", "{:x: 'a' :} =x"); m("abab", "({:x: 'ab' :} =x)")
mc("5", "{%d} -> f", {f = function(d) return d * 2 end}); mc("xy", ". => f", {f = function(s, i) return i, "pos" end})
mc("1 2 3", "({%d} ' '?)+ ~> add", {add = function(a, b) return a + b end})
m("1 2 3", "(%d ' '?)+ -> {}"); m("ab", "{'a'} -> 1"); m("x", "{} 'x' {} -> '%2-%1'")
m("aaab", "A <- 'a' A / 'b'"); m("((x))", "B <- '(' B ')' / 'x'"); m("xy", "x <- 'x' <y> y <- 'y'")
mc("hello", "%w+ -> hi", {hi = "HI"}); mc("hello", "{%w+} -> t", {t = {hello = "there"}})
m("abc", "{.}", 2); m("abc", "{.}", -1); m("abc", "'x'")
-- find and gsub
print(re.find("hello world", "'o' %s"), re.find("hello world", "'o'", 6), re.find("hello", "'z'"))
print(re.find("abc", "{.}"), re.find("", "''"), re.find("aaa", "'a'+", 2))
print(re.gsub("hello world", "%w+", "<%0>"), re.gsub("abc", ".", {a = 1, b = "B"}), pcall(re.gsub, "abc", ".", {a = true}), re.gsub("abc", "'b'", ""))
print(re.gsub("one two", "{%w+}", function(w) return w:upper() end), re.gsub("x", "'y'", "z"))
-- compile with definitions, reuse of compiled patterns
local p = re.compile("num <- {%d+} -> tonumber", {tonumber = tonumber})
print(p:match("42"), re.match("7", p), lpeg.type(p), re.compile(p) == p)
local q = re.compile("%myclass+", {myclass = lpeg.S"xyz"})
print(q:match("zyxw"), re.compile("[%myc]+", {myc = lpeg.R"09"}):match("12a"))
-- updatelocale keeps the C locale classes
re.updatelocale(); m("aB9", "{%a+}")
-- errors
c("a <- 'x' a"); c("a <- b"); c("[a"); c("%foo"); c("'x'*"); c("'' *"); c("(''*)"); c("a <- . a <- .")
c("{.}*"); c("'a' -> foo"); c("x"); c("'a' =>"); c("{: 'x' :} =n"); c("%"); c(""); c("   ")
c("'a'^x"); c("'a'^-x"); c("<a"); c("'unterminated"); c("[]"); c("[^]"); c("a <- 'x' b <- a")
m("x", "{.} -> undefined"); m("x", "'x' => f"); m("ab", "{:g: . :} =nope")
print(pcall(re.compile, 1)); print(pcall(re.compile, nil)); print(pcall(re.match, nil, "."))
print(pcall(re.find, "x", "[")); print(pcall(re.gsub, "x", "(", "y"))
-- a grammar with many rules and a long alternation built from a word list
local words = {}
for w in ("if then else elseif end while do for in repeat until function local return break"):gmatch("%a+") do
  words[#words + 1] = "'" .. w .. "'"
end
local kw = re.compile("{| ({(" .. table.concat(words, " / ") .. ") ![_%w]} / [_%w]+ / .)* |}")
print(show.show(kw:match("if x then return y else while z do break end end")))
