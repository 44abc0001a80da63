-- weak tables and __gc are accepted; behaviour must not depend on collection
local weak = setmetatable({}, { __mode = "k" })
local key = {}
weak[key] = "value"
print("weak key lookup", weak[key])
local wv = setmetatable({}, { __mode = "v" })
wv[1] = "strings are not collected"
print("weak value", wv[1])
local kv = setmetatable({}, { __mode = "kv" })
kv.x = 1
print("kv", kv.x, getmetatable(kv).__mode)
local obj = setmetatable({}, { __gc = function() end })
print("gc object", type(obj))
print("collectgarbage returns", collectgarbage())
print("count is number", type(collectgarbage("count")))
print("step", type(collectgarbage("step")))
print("isrunning", collectgarbage("isrunning"))
-- mode in a metatable that also has __index
local cache = setmetatable({}, { __mode = "v", __index = function(t, k) return "default " .. k end })
print(cache.foo)
