local function round(x, n)
  local m = 10 ^ (n or 0)
  return math.floor(x * m + 0.5) / m
end
local function hypot(a, b) return math.sqrt(a * a + b * b) end
print(round(3.14159, 2), round(2.5), round(-2.5), round(1234.5678, -2))
print(hypot(3, 4), hypot(5, 12), hypot(1, 1))
local function clamp(x, lo, hi) return math.max(lo, math.min(hi, x)) end
print(clamp(5, 1, 3), clamp(-1, 0, 10), clamp(2.5, 0, 10))
