-- Locals that type inference proves are always integers (`--cython` makes them C
-- long longs): wrap-around at 64 bits, floor division and modulo, comparisons with
-- floats, loops with limits near the ends, and names in error messages.
local big = 9223372036854775807
local small = -9223372036854775807 - 1
local a = big
a = a + 1
print("max+1", a, a == small, math.type(a))
local b = small
b = b - 1
print("min-1", b, b == big)
local c = 3037000500
c = c * c
print("square wraps", c)
local d = small
d = -d
print("-min", d, d == small)
local e = 7
e = e * -3
print("neg mul", e, e // 4, e % 4, e // -4, e % -4)
local f = small
print("min // 2, % 3", f // 2, f % 3, f // 7, f % -7)
local h = 1
for i = 1, 62 do h = h * 2 end
print("2^62", h, h * 2, h * 4)
-- comparisons with floats stay exact
local p = 9007199254740993
local q = 0
q = p
print("2^53+1", q == 9007199254740992.0, q < 9007199254740992.0, q > 9007199254740992.0, q + 0.0)
-- counters and sums
local sum, n = 0, 0
for i = 1, 100 do
  if i % 3 == 0 then sum = sum + i * i else sum = sum - i end
  n = n + 1
end
print("sum", sum, n)
-- a loop up to maxinteger from near it: three rounds, no overflow of the counter
local count = 0
for i = big - 2, big do count = count + 1 end
print("loop to max", count)
count = 0
for i = small + 2, small, -1 do count = count + 1 end
print("loop to min", count)
local last = 0
for i = big - 1, big do last = i end
print("last", last, last + 1)
-- the counter as a table key and in strings
local t = {}
for i = 1, 5 do t[i] = i * 10 end
local k = 3
print("t[k]", t[k], t[k + 1], #t, "k=" .. k, string.format("%d %5.1f", k, k))
-- identity and equality with other values
local m = 1000000
local m2 = 999999
m2 = m2 + 1
print("eq", m == m2, m ~= m2, rawequal(m, m2), m == 1000000.0, m < 1000000.5)
-- bitwise
local x = 0xF0F0
local y = 0x0FF0
print("bits", x & y, x | y, x ~ y, ~x, x << 4, x >> 4, x << 64)
-- string coercion keeps its errors
local z = 10
print(pcall(function() return z + {} end))
local w = 5
print(select(2, pcall(function() local r = w .. nil end)))
local v = 1
v = v + 1
print(select(2, pcall(function() return v < "x" end)))
local u = 4
local ok, msg = pcall(function() local r = u // 0 end)
print(ok, msg)
ok, msg = pcall(function() local r = u % 0 end)
print(ok, msg)
print(u / 0, -u / 0, u // 0.0, u % math.huge)
