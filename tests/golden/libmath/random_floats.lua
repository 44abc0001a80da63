math.randomseed(7)
local sum = 0
for i = 1, 1000 do
  local x = math.random()
  assert(x >= 0 and x < 1)
  sum = sum + x
end
print(string.format("%.12f", sum))
math.randomseed(7)
print(math.random(), math.random())
print(math.type(math.random()))
