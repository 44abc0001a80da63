local c1 = os.clock()
print(math.type(c1), c1 >= 0)
local x = 0
for i = 1, 200000 do x = x + i end
local c2 = os.clock()
print(c2 >= c1, x)
print(type(os.time()), os.time() > 1600000000)
print(type(os.date()), #os.date("%Y") == 4)
