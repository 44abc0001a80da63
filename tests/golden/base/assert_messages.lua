local function check(v, msg) return pcall(assert, v, msg) end
print(check(false, "custom"))
print(check(nil))
print(check(false, nil))
print(check(0, "zero is true"))
print(check("", "empty is true"))
local ok, e = check(false, setmetatable({}, { __tostring = function() return "obj" end }))
print(ok, tostring(e))
-- assert called from a Lua function prefixes the position of that caller
local function f(x) assert(type(x) == "number", "x must be a number") return x end
print(pcall(f, "s"))
print(pcall(f, 3))
