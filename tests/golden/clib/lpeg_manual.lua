-- the examples of the LPeg 1.0.2 manual (lpeg.html), run as written (one "-->" the
-- manual misspells), with a few more inputs each
package.path = "data/?.lua;" .. package.path
local show = require "show"
local lpeg = require "lpeg"

-- Using a pattern
local p = lpeg.R"az"^1 * -1
print(p:match("hello"))        --> 6
print(lpeg.match(p, "hello"))  --> 6
print(p:match("1 hello"))      --> nil

-- Name-value lists
lpeg.locale(lpeg)   -- adds locale entries into 'lpeg' table
local space = lpeg.space^0
local name = lpeg.C(lpeg.alpha^1) * space
local sep = lpeg.S(",;") * space
local pair = lpeg.Cg(name * "=" * space * name) * sep^-1
local list = lpeg.Cf(lpeg.Ct("") * pair^0, rawset)
print(show.show(list:match("a=b, c = hi; next = pi")))  --> { a = "b", c = "hi", next = "pi" }

-- Splitting a string
local function split (s, sep)
  sep = lpeg.P(sep)
  local elem = lpeg.C((1 - sep)^0)
  local p = elem * (sep * elem)^0
  return lpeg.match(p, s)
end
print(show.showall(split("a,b,,c", ",")), show.showall(split("one--two--", "--")))
local function splitt (s, sep)
  sep = lpeg.P(sep)
  local elem = lpeg.C((1 - sep)^0)
  local p = lpeg.Ct(elem * (sep * elem)^0)   -- make a table capture
  return lpeg.match(p, s)
end
print(show.show(splitt("x y  z", " ")), show.show(splitt("", ";")))

-- Searching for a pattern
local function anywhere0 (p)
  return lpeg.P{ p + 1 * lpeg.V(1) }
end
print(anywhere0("world"):match("hello world!"))
local I = lpeg.Cp()
local function anywhere (p)
  return lpeg.P{ I * p * I + 1 * lpeg.V(1) }
end
print(anywhere("world"):match("hello world!"))   --> 7   12 (the manual writes "->")
local function anywhere2 (p)
  return (1 - lpeg.P(p))^0 * I * p * I
end
print(anywhere2("o w"):match("hello world!"), anywhere2("xyz"):match("hello"))
local t = lpeg.locale()
local function atwordboundary (p)
  return lpeg.P{
    [1] = p + t.alpha^0 * (1 - t.alpha)^1 * lpeg.V(1)
  }
end
print(atwordboundary("ld"):match("world ld"), atwordboundary(lpeg.P"w" * I):match("the world"))

-- Balanced parentheses
local b = lpeg.P{ "(" * ((1 - lpeg.S"()") + lpeg.V(1))^0 * ")" }
print(b:match("(a(b)((c))d)e"), b:match("((a)"), b:match("()"))

-- Global substitution
local function gsub (s, patt, repl)
  patt = lpeg.P(patt)
  patt = lpeg.Cs((patt / repl + 1)^0)
  return lpeg.match(patt, s)
end
print(gsub("hello world", "o", "0"), gsub("abc", lpeg.R"az", {a = "1", c = "3"}),
      gsub("abc", lpeg.C(1), string.upper))

-- Comma-Separated Values (CSV)
local field = '"' * lpeg.Cs(((lpeg.P(1) - '"') + lpeg.P'""' / '"')^0) * '"' +
                    lpeg.C((1 - lpeg.S',\n"')^0)
local record = field * (',' * field)^0 * (lpeg.P'\n' + -1)
local function csv (s)
  return lpeg.match(record, s)
end
print(show.showall(csv('a,"b,c","say ""hi""",,d\n')), show.showall(csv("")), csv('a"b'))

-- UTF-8 and Latin 1
local function f2 (s)
  local c1, c2 = string.byte(s, 1, 2)
  return string.char(c1 * 64 + c2 - 12416)
end
local utf8 = lpeg.R("\0\127")
           + lpeg.R("\194\195") * lpeg.R("\128\191") / f2
local decode_pattern = lpeg.Cs(utf8^0) * -1
print(show.show(decode_pattern:match("ol\195\161 \195\167\195\163o")), decode_pattern:match("\226\130\172"))
local function er (_, i) error("invalid encoding at position " .. i) end
local decode_pattern2 = lpeg.Cs(utf8^0) * (-1 + lpeg.P(er))
print(pcall(decode_pattern2.match, decode_pattern2, "ab\226\130\172"))

-- UTF-8 and Unicode
local function f2u (s)
  local c1, c2 = string.byte(s, 1, 2)
  return c1 * 64 + c2 - 12416
end
local function f3 (s)
  local c1, c2, c3 = string.byte(s, 1, 3)
  return (c1 * 64 + c2) * 64 + c3 - 925824
end
local function f4 (s)
  local c1, c2, c3, c4 = string.byte(s, 1, 4)
  return ((c1 * 64 + c2) * 64 + c3) * 64 + c4 - 63447168
end
local cont = lpeg.R("\128\191")   -- continuation byte
local utf8u = lpeg.R("\0\127") / string.byte
           + lpeg.R("\194\223") * cont / f2u
           + lpeg.R("\224\239") * cont * cont / f3
           + lpeg.R("\240\244") * cont * cont * cont / f4
local decode_u = lpeg.Ct(utf8u^0) * -1
print(show.show(decode_u:match("a\195\161\226\130\172\240\159\152\128")))

-- Lua's long strings
local equals = lpeg.P"="^0
local open = "[" * lpeg.Cg(equals, "init") * "[" * lpeg.P"\n"^-1
local close = "]" * lpeg.C(equals) * "]"
local closeeq = lpeg.Cmt(close * lpeg.Cb("init"), function (s, i, a, b) return a == b end)
local string = open * lpeg.C((lpeg.P(1) - closeeq)^0) * close / 1
print(show.showall(string:match("[==[\nhello ]] ]=] world]==]rest")), string:match("[[x]=]"))

-- Arithmetic expressions
local Space = lpeg.S(" \n\t")^0
local Number = lpeg.C(lpeg.P"-"^-1 * lpeg.R("09")^1) * Space
local TermOp = lpeg.C(lpeg.S("+-")) * Space
local FactorOp = lpeg.C(lpeg.S("*/")) * Space
local Open = "(" * Space
local Close = ")" * Space
local Exp, Term, Factor = lpeg.V"Exp", lpeg.V"Term", lpeg.V"Factor"
local G = lpeg.P{ Exp,
  Exp = lpeg.Ct(Term * (TermOp * Term)^0);
  Term = lpeg.Ct(Factor * (FactorOp * Factor)^0);
  Factor = Number + Open * Exp * Close;
}
G = Space * G * -1
local function eval (x)
  if type(x) == "string" then
    return tonumber(x)
  else
    local op1 = eval(x[1])
    for i = 2, #x, 2 do
      local op = x[i]
      local op2 = eval(x[i + 1])
      if (op == "+") then op1 = op1 + op2
      elseif (op == "-") then op1 = op1 - op2
      elseif (op == "*") then op1 = op1 * op2
      elseif (op == "/") then op1 = op1 / op2
      end
    end
    return op1
  end
end
local function evalExp (s)
  local t = lpeg.match(G, s)
  if not t then error("syntax error", 2) end
  return eval(t)
end
print(evalExp"3 + 5*9 / (1+1) - 12")   --> 13.5
print(show.show(lpeg.match(G, " 1 - (2 + -3) * 4 ")), pcall(evalExp, "1 +"))
local function eval2 (v1, op, v2)
  if (op == "+") then return v1 + v2
  elseif (op == "-") then return v1 - v2
  elseif (op == "*") then return v1 * v2
  elseif (op == "/") then return v1 / v2
  end
end
local V = lpeg.V
G = lpeg.P{ "Exp",
  Exp = lpeg.Cf(V"Term" * lpeg.Cg(TermOp * V"Term")^0, eval2);
  Term = lpeg.Cf(V"Factor" * lpeg.Cg(FactorOp * V"Factor")^0, eval2);
  Factor = Number / tonumber + Open * V"Exp" * Close;
}
print(lpeg.match(G, "3 + 5*9 / (1+1) - 12"))   --> 13.5
print(lpeg.match(G, "2*(3+4)*(5-1) - 7/2"), lpeg.match(G, ("("):rep(50) .. "1" .. (")"):rep(50)))
