local mt = { __eq = function() print("__eq called") return true end }
local t = setmetatable({}, mt)
print("table vs number", t == 1)
print("table vs string", t == "x")
print("table vs nil", t == nil)
print("table vs other table", t == {})
print("ne", t ~= {})
local s = setmetatable({}, { __eq = function(a, b) return rawequal(a, b) end })
print("rawequal eq", s == s, s == setmetatable({}, getmetatable(s)))
