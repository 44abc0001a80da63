-- Integer + - * trees wrap once at the root (codegen/arith.ring_operand): the exact
-- result reduced modulo 2^64 is what wrapping at every step gives.  Operations that
-- are not ring operations (// % comparisons, float conversion, shifts, calls, stores)
-- must see the wrapped value of their operand.
local max, min = 9223372036854775807, -9223372036854775807 - 1
local a, b, c = max, 2, -3
print(a + 1 - 1, a + b - b, a * b * c, a * a * a * a, -(a + 1), -(min) - 1)
print((a + b) // 2, (a + b) % 10, (a * b) // c, (a * 3) % 1000, (min - 1) // 7)
print(a + b > 0, a * b < 0, (a + 1) == min, (a * b) + 2 == 0, -(min) == min)
print((a + b) * 0.5, (a * b) * 1.0, (a + b) / 2, 1.0 * (a + 1), (min - 1) + 0.0)
print((a + b) >> 1, (a + 1) >> 63, (a * b) << 1, (min - 1) >> 60, ~(a + 1))
print(tostring(a + 1), string.format("%d %x", a * b, a + b), math.type(a + 1 + 0))
print(math.abs(a * b + 1), math.ult(a + 1, 1), (a + a) & 0xff, (a + 1) | 1)
local t = {}
t[a + 1] = "wrapped key"
print(t[min], t[a + 1])
-- the same trees in functions and loops (typed clones of parameters), called with
-- values near the bounds and with floats and numeric strings
local function f(x, y, z)
  return x * y + z - 1, (x + y) * z, -(x - y) + z, (x * y - z) // 3, (x + y + z) % 7
end
print(f(max, 2, 1))
print(f(min, -1, 0))
print(f(3, 4, 5))
print(f(2.5, 2, 1))
print(f("3", 4, 5))
print(f(max, 1.0, 1))
local s = 0
for i = 1, 5 do
  local v = i * max + i - i * i
  s = s + v * 3 - max
  print(i, v, s, v // 1000, v * 0.5)
end
local acc = 1
for i = 1, 70 do acc = acc * 3 + i - 1 end
print(acc, acc % 1000, acc // 1000000007)
-- a metatable on numbers does not reach integers (arithmetic on two numbers is raw)
debug.setmetatable(0, {__add = function() return "meta" end})
print(max + 1 - 1, pcall(function() return max + {} end))
debug.setmetatable(0, nil)
-- // and % by a constant bound their result: (x % k) + c and (x // k) + c need no test
-- when they cannot leave 64 bits; the bound is exact at both ends
local lo, hi = min, max
print(lo // 2 + 4611686018427387904, hi // 2 + 4611686018427387904, lo // 2 - 1, hi // -2 - 1)
print(lo % 7 + hi, hi % 7 - 1 + hi, lo % -7 + lo, hi % -7 + lo, (hi % 1000) * 9223372036854775)
print(lo // -3 + 3074457345618258602, hi // 3 * 3 + 1, hi // 1 + 0, (lo // 3) * 3 - 2)
