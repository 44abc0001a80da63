print("before")
local s = string.rep("ab", 2)
print(s)
setmetatable(s, {})
