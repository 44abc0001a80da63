-- a real grammar: a parser of Lua expressions (precedence levels, right-associative .. and
-- ^, calls, methods, indexing, table constructors, strings with escapes, long strings,
-- comments) written with LPeg combinators (data/luaexpr_lpeg.lua) and in re syntax
-- (data/luaexpr_re.lua); both must build the same trees
package.path = "data/?.lua;" .. package.path
local show = require "show"
local PL = require "luaexpr_lpeg"
local PR = require "luaexpr_re"
local cases = {
  "1 + 2 * 3", "(1 + 2) * 3", "a or b and not c", "2 ^ 3 ^ 2", "-x ^ 2", "a .. b .. c", "#t + 1",
  "f(x, y)(z)", "obj:method(1):other{}", 'print "hi"', "t[1][k].name", "a.b.c:d(e)",
  "{1, 2; x = 3, [4] = 5, }", "{}", "x == y ~= z", "1 < 2 <= 3", "a << 1 | b & c ~ d >> 2",
  "0x1F + 0xA.8p1 + 1e3 + .5 + 3.", "'it\\'s' .. \"q\\\"\\65\\x41\\z   z\"", "[==[long ]] ]=] str]==]",
  "f() -- comment\n + g --[[ long\ncomment ]] ()", "...", "nil == false", "a // b % c / d",
  "not not true", "~x", "- - 1", "x.y.z()", "1 +", "a.", "and", "f(,)", "{[1] 2}", "a == = b",
}
for _, c in ipairs(cases) do
  local a, b = PL.parse(c), PR.parse(c)
  print(show.show(a), show.show(a) == show.show(b) and "" or "re: " .. show.show(b))
end
-- a long generated expression
local seed = 7
local function rand(n) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n end
local ops = { "+", "-", "*", "/", "..", "==", "<", "and", "or", "^", "//", "%" }
local function gen(d)
  local r = rand(8)
  if d > 6 or r < 2 then return tostring(rand(1000)) end
  if r == 2 then return "x" .. rand(10) end
  if r == 3 then return "(" .. gen(d + 1) .. ")" end
  if r == 4 then return "f" .. rand(3) .. "(" .. gen(d + 1) .. ", " .. gen(d + 1) .. ")" end
  if r == 5 then return "{" .. gen(d + 1) .. ", k = " .. gen(d + 1) .. "}" end
  return gen(d + 1) .. " " .. ops[rand(#ops) + 1] .. " " .. gen(d + 1)
end
local parts = {}
for i = 1, 40 do parts[i] = gen(0) end
local src = table.concat(parts, " + ")
local a, b = PL.parse(src), PR.parse(src)
print(#src, show.show(a) == show.show(b), #show.show(a), show.show(a):sub(1, 300))
