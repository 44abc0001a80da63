-- the LUA_COMPAT_MATHLIB functions Debian's lua5.4 is built with
local names = {"atan2", "cosh", "sinh", "tanh", "pow", "frexp", "ldexp", "log10"}
for _, n in ipairs(names) do io.write(n, "=", type(math[n]), " ") end
print()
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 1/3), math.pow(0, -1), math.pow("3", 2))
print(math.cosh(0), math.cosh(1), math.cosh(1000), math.cosh(-1000))
print(math.sinh(0), math.sinh(1), math.sinh(-1000), math.sinh(-0.0))
print(math.tanh(0), math.tanh(0.5), math.tanh(1000), math.tanh(-1000))
print(math.frexp(8), math.frexp(0), math.frexp(-0.75), math.frexp(1e300), math.frexp(5e-324))
print(math.frexp(math.huge), math.frexp(-math.huge))
print(math.ldexp(1, 10), math.ldexp(0.5, 2), math.ldexp(1, 2000), math.ldexp(-1, 2000), math.ldexp(1, -2000))
print(math.ldexp(3, 2.0), math.ldexp(1, "3"), math.ldexp(1, 2^32 + 3))
print(math.log10(100), math.log10(2), math.log10(0), math.log10(1e300))
print(math.atan2(1, 1), math.atan2(0, -1), math.atan2(1))
print(math.type(math.pow(2, 2)), math.type(math.frexp(4)), math.type(select(2, math.frexp(4))))
for _, call in ipairs({
  function() return math.pow(2) end,
  function() return math.pow("x", 2) end,
  function() return math.cosh() end,
  function() return math.ldexp(1, 1.5) end,
  function() return math.ldexp(1) end,
  function() return math.frexp({}) end,
  function() return math.log10("a") end,
  function() return math.atan2() end,
}) do
  print(pcall(call))
end
print(pcall(math.pow, 1))
print(pcall(math.ldexp, 1, 0.5))
-- tween.lua's easing uses math.pow
local function outBack(t, b, c, d, s)
  s = s or 1.70158
  t = t / d - 1
  return c * (math.pow(t, 2) * ((s + 1) * t + s) + 1) + b
end
print(string.format("%.6f", outBack(0.3, 0, 1, 1)))
