-- a JSON decoder written with LPeg combinators (used by lpeg_json.lua and the benchmarks)
local lpeg = require "lpeg"
local P, R, S, C, Cs, Ct, Cg, Cf, Cc, Cp, V = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cs, lpeg.Ct,
  lpeg.Cg, lpeg.Cf, lpeg.Cc, lpeg.Cp, lpeg.V

local ws = S" \t\r\n"^0
local digit = R"09"
local hex = R("09", "af", "AF")
local number = C(P"-"^-1 * (P"0" + R"19" * digit^0) * (P"." * digit^1)^-1
                 * (S"eE" * S"+-"^-1 * digit^1)^-1) / tonumber
local escapes = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f", n = "\n",
                  r = "\r", t = "\t" }
local escape = P"\\" * C(S'"\\/bfnrt') / escapes
               + P"\\u" * C(hex * hex * hex * hex) / function(h) return utf8.char(tonumber(h, 16)) end
local str = P'"' * Cs((escape + (P(1) - S'"\\' - R"\0\31"))^0) * P'"'
local null = {}

local function object(t) return t end
local json = P{ "doc",
  doc = ws * V"value" * ws * -1,
  value = V"object" + V"array" + str + number
          + P"true" * Cc(true) + P"false" * Cc(false) + P"null" * Cc(null),
  object = P"{" * ws * Cf(Ct"" * (V"pair" * (ws * P"," * ws * V"pair")^0)^-1, rawset) * ws * P"}",
  pair = Cg(str * ws * P":" * ws * V"value"),
  array = P"[" * ws * Ct((V"value" * (ws * P"," * ws * V"value")^0)^-1) * ws * P"]",
}

local M = { null = null }
-- decode(text): the value, or nil and the position where the text stops being JSON
local longest = ws * (P{ "v",
  v = V"o" + V"a" + P'"' * (escape + (P(1) - S'"\\' - R"\0\31"))^0 * P'"' + S"-0123456789"^1
      + P"true" + P"false" + P"null",
  o = P"{" * ws * (V"p" * (ws * P"," * ws * V"p")^0)^-1 * ws * P"}",
  p = P'"' * (escape + (P(1) - S'"\\'))^0 * P'"' * ws * P":" * ws * V"v",
  a = P"[" * ws * (V"v" * (ws * P"," * ws * V"v")^0)^-1 * ws * P"]" }) * Cp()
function M.decode(text)
  local v = json:match(text)
  if v == nil then return nil, longest:match(text) or 1 end
  return v
end
return M
