-- issue 10 #6, #7: t[k] with a computed key evaluates the key once, before any test
-- on t, so that every path (a plain table, a string, nil, userdata, a table with a
-- metatable inside a coroutine) sees it
local s = "abc"
print(s[("up") .. "per"](s))
print(pcall(function() local t = nil; local n; return t[n or 1] end))
print(io.stdout[("wri") .. "te"] == io.stdout.write)
local t = setmetatable({}, {__index = {a = 1}})
print(coroutine.wrap(function() return t[tostring("a")] end)())
print(coroutine.wrap(function() return s[("le") .. "n"](s), t[("a")] end)())

local function key(k) print("key " .. k) return k end
local function obj(o) print("obj") return o end
print(obj(s)[key("upper")](s))
print(obj({x = 1})[key("x")])
print(pcall(function() return obj(nil)[key("x")] end))
print(pcall(function() return obj(5)[key("x")] end))
local b = {[true] = "yes"}
local function flag(v) print("flag") return v end
print(b[flag(true)], b[flag(1 == 1)], obj(b)[flag(true)])
print(coroutine.wrap(function() return obj(t)[key("a")], obj(b)[flag(true)] end)())
local smt = getmetatable("")
local old = smt.__index
smt.__index = function(str, k) if k == "first" then return str:sub(1, 1) end return old[k] end
print(pcall(function() return s.first, s[("up") .. "per"](s) end))
smt.__index = old
