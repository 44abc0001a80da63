-- a parser of Lua 5.4 expressions written with LPeg combinators: source -> AST tables
-- {tag, ...} (used by lpeg_luaexpr.lua and the benchmarks)
local lpeg = require "lpeg"
local P, R, S, C, Cs, Ct, Cg, Cf, Cc, Cb, Cmt, Cp, V = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cs,
  lpeg.Ct, lpeg.Cg, lpeg.Cf, lpeg.Cc, lpeg.Cb, lpeg.Cmt, lpeg.Cp, lpeg.V

local comment = P"--" * (P"[" * lpeg.Cg(P"="^0, "lq") * "[" * (P(1) - "]" * lpeg.Cmt(lpeg.C(P"="^0) * lpeg.Cb("lq"), function(_, _, a, b) return a == b end) * "]")^0 * "]" * P"="^0 * "]" + (P(1) - "\n")^0)
local space = (S" \t\r\n" + comment)^0
local function tok(p) return p * space end
local idstart = R("az", "AZ", "__")
local idrest = R("az", "AZ", "__", "09")
local keywords = {}
for w in ("and break do else elseif end false for function goto if in local nil not or repeat return then true until while"):gmatch("%a+") do keywords[w] = true end
local name = Cmt(C(idstart * idrest^0), function(_, i, n) if keywords[n] then return false end return i, n end) * space
local function kw(w) return P(w) * -idrest * space end
local digit = R"09"
local hex = R("09", "af", "AF")
local number = C(P"0" * S"xX" * hex^1 * (P"." * hex^0)^-1 * (S"pP" * S"+-"^-1 * digit^1)^-1
                 + (digit^1 * (P"." * digit^0)^-1 + P"." * digit^1) * (S"eE" * S"+-"^-1 * digit^1)^-1)
               / function(s) return { "Number", tonumber(s) } end * space
local escapes = { a = "\a", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", v = "\v",
                  ["\\"] = "\\", ['"'] = '"', ["'"] = "'", ["\n"] = "\n" }
local escape = P"\\" * C(S"abfnrtv\\\"'\n") / escapes
             + P"\\" * C(digit * digit^-2) / function(d) return string.char(tonumber(d)) end
             + P"\\x" * C(hex * hex) / function(h) return string.char(tonumber(h, 16)) end
             + P"\\z" * S" \t\r\n"^0 / ""
local function quoted(q) return P(q) * Cs((escape + (P(1) - S(q .. "\\\n")))^0) * P(q) end
local longstr = P"[" * Cg(P"="^0, "ls") * "[" * P"\n"^-1
  * C((P(1) - Cmt("]" * C(P"="^0) * "]" * Cb("ls"), function(_, _, a, b) return a == b end))^0)
  * "]" * P"="^0 * "]"
local str = (quoted('"') + quoted("'") + longstr) / function(s) return { "String", s } end * space

local function binop(ops)
  local p = P(false)
  for _, o in ipairs(ops) do
    p = p + (o:match("%a") and kw(o) or tok(P(o))) * Cc(o)
  end
  return p
end
local function fold(list)
  local e = list[1]
  for i = 2, #list, 2 do e = { "Op", list[i], e, list[i + 1] } end
  return e
end
local function rfold(list)
  local e = list[#list]
  for i = #list - 1, 2, -2 do e = { "Op", list[i], list[i - 1], e } end
  return e
end
local levels = {
  { "or" }, { "and" }, { "<=", ">=", "<", ">", "~=", "==" }, { "|" }, { "~" }, { "&" },
  { "<<", ">>" }, { ".." }, { "+", "-" }, { "*", "//", "/", "%" },
}
local g = { "Exp" }
g.Exp = V"L1"
for i, ops in ipairs(levels) do
  local nxt = i < #levels and V("L" .. (i + 1)) or V"Unary"
  if ops[1] == ".." then
    g["L" .. i] = Ct(nxt * (binop(ops) * nxt)^0) / rfold
  else
    g["L" .. i] = Ct(nxt * (binop(ops) * nxt)^0) / fold
  end
end
g.Unary = Ct((kw"not" * Cc"not" + tok(P"-") * Cc"-" + tok(P"#") * Cc"#" + tok(P"~") * Cc"~") * V"Unary")
            / function(t) return { "Unop", t[1], t[2] } end
        + V"Pow"
g.Pow = Ct(V"Simple" * (tok(P"^") * Cc"^" * V"Unary")^-1) / rfold
g.Simple = number + str + kw"nil" * Cc{ "Nil" } + kw"true" * Cc{ "True" } + kw"false" * Cc{ "False" }
         + tok(P"...") * Cc{ "Dots" } + V"Table" + V"Suffixed"
g.Primary = name / function(n) return { "Id", n } end + tok(P"(") * V"Exp" * tok(P")") / function(e) return { "Paren", e } end
g.Suffixed = Cf(V"Primary" * Cg(V"Suffix")^0, function(e, kind, a, b)
  if kind == "index" then return { "Index", e, a }
  elseif kind == "call" then return { "Call", e, table.unpack(a) }
  else return { "Invoke", e, a, table.unpack(b) } end end)
g.Suffix = tok(P".") * Cc"index" * name / function(k, n) return k, { "String", n } end
         + tok(P"[") * Cc"index" * V"Exp" * tok(P"]")
         + tok(P":") * Cc"invoke" * name * V"Args"
         + Cc"call" * V"Args"
g.Args = tok(P"(") * Ct((V"Exp" * (tok(P",") * V"Exp")^0)^-1) * tok(P")")
       + Ct(str) + Ct(V"Table")
g.Table = tok(P"{") * Ct((V"Field" * (tok(S",;") * V"Field")^0 * tok(S",;")^-1)^-1) * tok(P"}")
          / function(t) table.insert(t, 1, "Table"); return t end
g.Field = Ct(Cc"Pair" * tok(P"[") * V"Exp" * tok(P"]") * tok(P"=") * V"Exp")
        + Ct(Cc"Pair" * (name / function(n) return { "String", n } end) * tok(P"=") * V"Exp")
        + V"Exp"
local exp = space * P(g) * -1
return { parse = function(s) return exp:match(s) end }
