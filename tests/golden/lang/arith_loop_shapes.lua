local function f(a, b, c)
  local x = a * b - c
  local y = -a + 2 * b - 0.5 * c
  local z = a * a * a - b * 1e308 * 10
  return x, y, z, x * y - z
end
print(f(1.5, 2.25, -0.0))
print(f(-0.0, 0.0, 0.0))
print(f(1e308, 1e308, -1e308))
print(f(3, 4, 5))
print(f(3, 4.5, 5))
print(f(2^53 + 1.0, 3.0, 1.0))
local s = 0.0
for i = 1, 1000 do local v = i * 0.1; s = s + v * v - v end
print(s, string.format("%.17g", s))
local function add(a, b) return a + b end
local function mul(a, b) return a * b end
local x = math.maxinteger
print(add(x, 1), add(x, x), mul(x, 3), add(-x, -3), add(1.5, 2), add(2^53, 1))
local n = 0
for i = 1, 10 do n = n + i * 1000000007 end
print(n, n * n, n * n * n)
local t = setmetatable({}, {__index = function(t, k) return k * 2 end})
print(t[21], rawget(t, 21))
local function f() return 1, 2 end
local function g() end
print((f()), (g()), select('#', (g())))
local s = 0
for i = 1, 100 do s = s + i // 3 + i % 7 end
print(s, math.mininteger - 1, -math.mininteger)
local big = 1 << 62
print(big + big, big * 4, (big + big) // 2)
-- numeric loops: integer steps, negative constant steps, float and mixed bounds
local acc = {}
for i = 10, 1, -3 do acc[#acc + 1] = i end
for i = 1, 3.5 do acc[#acc + 1] = i end
for i = 1.0, 2 do acc[#acc + 1] = i end
local step = 4
for i = 2, 13, step do acc[#acc + 1] = i end
for i = math.maxinteger - 2, math.maxinteger do acc[#acc + 1] = i end
for i = math.mininteger, math.mininteger + 2 do acc[#acc + 1] = i end
local function lim() step = 100; return 9 end
for i = step, lim(), 2 do acc[#acc + 1] = i end
print(table.concat(acc, " "))
print(pcall(function() for i = 1, 10, 0 do end end))
print(pcall(function() for i = 1, "x" do end end))
