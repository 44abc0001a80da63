local t = {}
print(rawequal(t, t), rawequal({}, {}), rawequal(1, 1), rawequal(1, 1.0), rawequal(1, "1"))
print(rawequal("abc", "ab" .. "c"), rawequal(nil, false), rawequal(0/0, 0/0), rawequal(print, print))
local mt = { __eq = function() return true end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b))
print(pcall(rawequal))
