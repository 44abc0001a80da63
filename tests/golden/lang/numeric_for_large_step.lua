local out = {}
for i = 1, 10, 4 do out[#out + 1] = i end
print(table.concat(out, " "))
out = {}
for i = 10, -10, -7 do out[#out + 1] = i end
print(table.concat(out, " "))
out = {}
for i = math.maxinteger - 10, math.maxinteger, 3 do out[#out + 1] = i - math.maxinteger end
print(table.concat(out, " "))
out = {}
for i = math.mininteger + 10, math.mininteger, -4 do out[#out + 1] = i - math.mininteger end
print(table.concat(out, " "))
local n = 0
for i = 0, math.maxinteger, math.maxinteger // 2 do n = n + 1 end
print("three steps", n)
n = 0
for i = -1, math.mininteger, math.mininteger do n = n + 1 end
print("min step", n)
