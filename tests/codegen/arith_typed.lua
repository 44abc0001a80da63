-- Typed arithmetic: integer locals add with one range check, floats use Python's
-- operators as they are, mixed and unknown operands get an inline class test.
local a, b = 7, 3
local x, y = 1.5, 0.25
print(a + b, a - b, a * b, a // b, a % b, a / b)
print(x + y, x * y, x - a, x / y, -x, -a)
local big = math.maxinteger
print(big + 1 == math.mininteger)
local s = 0
for i = 1, 10 do s = s + i * i end
print(s)
local u = tonumber("12")
print(u + 1, u * 2.0, u // 5, 2 ^ 10, 7 & 3, 1 << 4, 256 >> 4)
