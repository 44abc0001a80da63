local mt = getmetatable("")
print(type(mt), mt.__index == string)
print(("x"):rep(3), ("%d"):format(5))
local s = "abc"
print(s:upper(), s:len(), #s)
print(("test"):byte(1, -1))
print(rawequal(getmetatable("a"), getmetatable("b")))
