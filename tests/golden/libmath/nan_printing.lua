print(0/0, -(0/0), math.sqrt(-1), math.huge - math.huge)
print(math.log(-1), math.acos(2), math.fmod(1, 0.0), math.huge * 0)
local nan = 0/0
print(nan == nan, nan ~= nan, nan < 1, nan > 1)
print(math.max(nan, 1), math.min(1, nan))
print(math.floor(nan) ~= math.floor(nan), math.type(math.floor(nan)))
