local calls = 0
local mt = { __eq = function(a, b) calls = calls + 1 return a.id == b.id end }
local a = setmetatable({ id = 1 }, mt)
local b = setmetatable({ id = 1 }, mt)
local c = setmetatable({ id = 2 }, mt)
print("a == b", a == b, "a ~= b", a ~= b)
print("a == c", a == c)
print("calls", calls)
-- identical objects never call __eq
calls = 0
print("a == a", a == a, "calls", calls)
-- only the second operand has __eq: it is used
local plain = { id = 1 }
print("plain == a", plain == a, "a == plain", a == plain)
-- __eq not called for different types
print("a == 1", a == 1, "a == 'x'", a == "x")
-- result converted to boolean
local weird = setmetatable({}, { __eq = function() return "yes" end })
local weird2 = setmetatable({}, { __eq = function() return nil end })
print("truthy result", weird == {}, "falsy result", weird2 == {})
-- different __eq metamethods: first operand's is used
local m1 = setmetatable({}, { __eq = function() return true end })
local m2 = setmetatable({}, { __eq = function() return false end })
print("m1 == m2", m1 == m2, "m2 == m1", m2 == m1)
-- table keys do not use __eq
local t = { [a] = "a key" }
print("lookup with b", t[b], "lookup with a", t[a])
