math.randomseed(2024)
local counts = {}
for i = 1, 600 do
  local r = math.random(3)
  counts[r] = (counts[r] or 0) + 1
end
print(counts[1], counts[2], counts[3])
print(math.random(5, 5), math.random(-3, -3))
print(math.random(0, 2^40), math.random(3, 2^62 + 5))
print(math.random(math.mininteger, math.maxinteger))
print(math.random(math.mininteger, math.mininteger + 10))
print(math.random(math.maxinteger - 1, math.maxinteger))
print(math.random("10"), math.random(2.0, "4"))
