math.randomseed(123)
local t = {}
for i = 1, 20 do t[i] = i end
for i = #t, 2, -1 do
  local j = math.random(i)
  t[i], t[j] = t[j], t[i]
end
print(table.concat(t, " "))
local dice = {}
for i = 1, 12 do dice[i] = math.random(1, 6) end
print(table.concat(dice, ""))
