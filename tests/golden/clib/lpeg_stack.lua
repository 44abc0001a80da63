-- the backtrack stack limit: the deepest nesting each grammar shape matches before
-- "backtrack stack overflow", with the default limit and after setmaxstack
-- (one grammar shape, nested captures returned as values, crashes LPeg 1.0.2 itself)
local lpeg = require "lpeg"
local P, V, C, Ct, Cmt, R, S = lpeg.P, lpeg.V, lpeg.C, lpeg.Ct, lpeg.Cmt, lpeg.R, lpeg.S
local grammars = {
  paren = P{ "S", S = "(" * V"S" * ")" + "" },
  paren_opt = P{ "S", S = ("(" * V"S" * ")")^-1 },
  list = P{ "L", L = "[" * (V"L" * ("," * V"L")^0)^-1 * "]" },
  tailrec = P{ "S", S = "(" * V"S" + ")" },
  choice_call = P{ "S", S = V"A" + V"B", A = "(" * V"S" * ")", B = P"" },
  notpred = P{ "S", S = -P"x" * "(" * V"S" * ")" + "" },
  andpred = P{ "S", S = #P"(" * "(" * V"S" * ")" + "" },
  rep = P{ "S", S = ("(" * V"S" * ")")^0 },
  nested = P{ "S", S = P{ "T", T = "(" * V"T" * ")" + "" } * ("(" * V"S" * ")")^-1 },
  expr = P{ "E", E = V"T" * (S"+-" * V"T")^0, T = V"F" * (S"*/" * V"F")^0,
            F = R"09"^1 + "(" * V"E" * ")" },
  cmt = P{ "S", S = Cmt("(" * V"S" * ")", function(s, i) return i end) + "" },
}
local names = {}
for k in pairs(grammars) do names[#names + 1] = k end
table.sort(names)
local function subject(name, n)
  if name == "list" then return ("["):rep(n) .. ("]"):rep(n) end
  if name == "expr" then return ("("):rep(n) .. "1" .. (")"):rep(n) end
  return ("("):rep(n) .. (")"):rep(n)
end
for _, limit in ipairs{ false, 100, 1000 } do
  if limit then lpeg.setmaxstack(limit) end
  for _, name in ipairs(names) do
    local g = grammars[name]
    local lo, hi = 0, 2000
    while lo < hi do
      local mid = (lo + hi + 1) // 2
      local ok, r = pcall(g.match, g, subject(name, mid))
      if ok then lo = mid else hi = mid - 1 end
    end
    local ok, err = pcall(g.match, g, subject(name, lo + 1))
    print(limit, name, lo, ok, err)
  end
end
