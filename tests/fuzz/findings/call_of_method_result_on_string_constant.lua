print(("k1 k2"):gmatch("k(%d)")())
print(("abc"):upper():lower())
local s = "k1 k2"
print(s:gmatch("k(%d)")())
