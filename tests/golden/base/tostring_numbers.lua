local vals = { 0, -0, 0.0, -0.0, 1, -1, 1.0, 0.5, 1e15, 1e16, -1e16, 123456.789, 1/3, 2^63, -2^63,
  math.maxinteger, math.mininteger, 1e308, 1e-308, 100, 100.0, 1e2, 255 / 5, 7 // 2.0 }
for i, v in ipairs(vals) do print(i, tostring(v), math.type(v)) end
print(tostring(1/0), tostring(-1/0))
print(tostring(3) == "3", tostring(3.0) == "3.0")
print(tostring(0.1 + 0.2), 0.1 + 0.2 == 0.3)
print(tostring(1e300 * 1e300))
print(string.format("%d", 3.0), pcall(string.format, "%d", 3.1))
