-- Table constructors, reads and writes of plain tables, `#`, and method calls
-- through __index class tables.
local t = {1, 2, 3}
local r = {x = 1, y = 2}
local m = {10, 20, key = "v"}
t[#t + 1] = 4
r.z = r.x + r.y
print(#t, t[4], r.z, m[2], m.key)
local k = "y"
r[k] = nil
print(r.y, r[k], t[1.0], t[true])
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:len2() return self.x * self.x + self.y * self.y end
local p = Point.new(3, 4)
print(p:len2(), p.x, getmetatable(p) == Point)
