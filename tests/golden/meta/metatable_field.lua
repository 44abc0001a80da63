local t = setmetatable({}, { __metatable = "locked" })
print("getmetatable", getmetatable(t))
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
-- __metatable can be any value, including false
local f = setmetatable({}, { __metatable = false })
print("false", getmetatable(f))
local tbl = { info = "protection table" }
local g = setmetatable({}, { __metatable = tbl })
print("table", getmetatable(g).info)
-- the string metatable
print("string mt type", type(getmetatable("")))
-- getmetatable on values without metatables
print(getmetatable(1), getmetatable(nil), getmetatable(print), getmetatable({}))
-- setmetatable returns its first argument
local h = {}
print("returns table", setmetatable(h, {}) == h)
-- removing a metatable
setmetatable(h, nil)
print("removed", getmetatable(h))
-- setmetatable argument errors
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, {}))
