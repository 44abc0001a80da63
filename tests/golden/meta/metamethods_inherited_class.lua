-- metamethods must be in the metatable itself: copying them into subclasses
local Base = {}
Base.__index = Base
Base.__tostring = function(s) return "Base(" .. s.v .. ")" end
Base.__add = function(a, b) return a.new(a.v + b.v) end
function Base.new(v) return setmetatable({ v = v }, Base) end
local Derived = setmetatable({}, { __index = Base })
Derived.__index = Derived
function Derived.new(v) return setmetatable({ v = v }, Derived) end
local d1, d2 = Derived.new(1), Derived.new(2)
print("inherited method", d1.new == Derived.new)
print("no __add in Derived", pcall(function() return d1 + d2 end))
print("tostring not inherited", tostring(d1):sub(1, 6))
Derived.__add = Base.__add
Derived.__tostring = Base.__tostring
print("after copy", tostring(d1 + d2))
