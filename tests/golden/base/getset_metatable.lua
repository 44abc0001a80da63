local t = {}
local mt = {}
print(getmetatable(t))
print(setmetatable(t, mt) == t, getmetatable(t) == mt)
print(setmetatable(t, nil) == t, getmetatable(t))
print(getmetatable("abc").__index == string)
print(getmetatable(42), getmetatable(true), getmetatable(nil))
local p = setmetatable({}, { __metatable = "protected" })
print(getmetatable(p))
print(pcall(setmetatable, p, {}))
print(pcall(setmetatable, "str", {}))
print(pcall(setmetatable, {}, "mt"))
print(pcall(getmetatable))
