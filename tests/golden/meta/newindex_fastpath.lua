-- stores into tables with metatables: raw when the key exists or the
-- metatable has no __newindex; __newindex otherwise (also when added later,
-- removed later, or given as a table); nil stores and boolean/float keys.
local log = {}
local mt = {}
local obj = setmetatable({}, mt)
obj.a = 1; obj[1] = "one"; obj[2.0] = "two"; obj[true] = "yes"
print(obj.a, obj[1], obj[2], obj[true], rawget(obj, "a"))
mt.__newindex = function(t, k, v) log[#log + 1] = tostring(k) .. "=" .. tostring(v); rawset(t, k, v) end
obj.a = 10          -- existing: raw
obj.b = 20          -- new: __newindex
obj[3] = "three"
obj.a = nil         -- existing: raw delete
obj.a = 5           -- new again: __newindex
print(table.concat(log, " "), obj.a, obj.b, obj[3])
local store = {}
mt.__newindex = store
obj.c = 30
print(rawget(obj, "c"), store.c)
mt.__newindex = nil
obj.d = 40
print(rawget(obj, "d"))
-- a metatable whose __newindex comes only through its own __index is not used (raw lookup)
local mt2 = setmetatable({}, {__index = {__newindex = function() error("not raw") end}})
local o2 = setmetatable({}, mt2)
o2.x = 1
print(o2.x)
-- classes: objects get fields in their constructor
local Point = {}
Point.__index = Point
function Point.new(x, y) local p = setmetatable({}, Point); p.x = x; p.y = y; return p end
function Point:len2() return self.x * self.x + self.y * self.y end
local p = Point.new(3, 4)
print(p:len2(), rawget(p, "x"), rawget(Point, "x"))
-- __newindex raising an error names nothing extra
local ro = setmetatable({}, {__newindex = function(t, k) error("read-only: " .. k, 2) end})
print(pcall(function() ro.z = 1 end))
