local defaults = { color = "red", size = 10 }
local t = setmetatable({ size = 20 }, { __index = defaults })
print("own", t.size, "inherited", t.color, "missing", t.weight)
print("rawget", rawget(t, "color"), rawget(t, "size"))
defaults.weight = 5
print("after base change", t.weight)
t.color = "blue"
print("own now", t.color, defaults.color)
t.color = nil
print("removed own", t.color)
-- __index only consulted for absent keys, not for present false
local f = setmetatable({ flag = false }, { __index = { flag = true } })
print("false not replaced", f.flag)
-- numeric keys
local arr = setmetatable({}, { __index = { 10, 20, 30 } })
print("arr", arr[1], arr[3], #arr)
