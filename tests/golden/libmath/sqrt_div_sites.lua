-- math.sqrt and / at call sites: every kind of operand, and a replaced math.sqrt
local vals = {4.0, 2, -1.0, -0.0, 1/0, -1/0, "9", 0.0, 1e-320}
for _, v in ipairs(vals) do
  local r = math.sqrt(v)
  print(v, r, math.type(r))
end
print(pcall(math.sqrt, {}))
print(pcall(function() return math.sqrt() end))
print(pcall(function() local t = {}; return math.sqrt(t) end))
local saved = math.sqrt
math.sqrt = function(x) return "mine", x end
print(math.sqrt(4.0))
math.sqrt = saved
local function div(a, b) return a / b end
local n = 2^53 + 1
local pairs_ = {{1.0, 2.0}, {1, 2}, {1.0, 0.0}, {-1.0, 0.0}, {0.0, 0.0}, {1, 0}, {0, 0},
  {9007199254740993, 3}, {9007199254740993, 3.0}, {7, -0.0}, {math.maxinteger, math.mininteger}}
for _, p in ipairs(pairs_) do
  local a, b = p[1], p[2]
  local x = a + 0.0
  print(div(a, b), a / b, x / b, math.type(a / b))
end
