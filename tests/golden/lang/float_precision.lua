print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1 - 0.9, 100 * 1.1)
print(1e16 + 1, 1e16 + 2, 2^53 + 1 == 2^53)
print(3 * 0.1, 0.3 / 0.1, 1 / 3 * 3)
local s = 0
for i = 1, 10 do s = s + 0.1 end
print(s, s == 1.0)
print(string.format("%.17g", 0.1), string.format("%.1f", 0.05), string.format("%.2f", 2.675))
print(7 / 2, 7 // 2, 7.0 // 2, -7 / 2)
print(1e308 * 10 == math.huge, -1e308 * 10 == -math.huge)
print(math.floor(-0.5), math.floor(0.5), math.ceil(-0.5))
