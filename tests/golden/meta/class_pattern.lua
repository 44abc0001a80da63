-- a tiny class library with constructors, super calls and metamethods
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, { __index = parent }) end
  c.super = parent
  c.new = function(...)
    local o = setmetatable({}, c)
    if o.init then o:init(...) end
    return o
  end
  return c
end

local Shape = class()
function Shape:init(name) self.name = name end
function Shape:area() return 0 end
function Shape:describe() return self.name .. " with area " .. self:area() end
Shape.__tostring = function(s) return "Shape<" .. s.name .. ">" end

local Rect = class(Shape)
function Rect:init(w, h) Shape.init(self, "rect") self.w, self.h = w, h end
function Rect:area() return self.w * self.h end
Rect.__tostring = Shape.__tostring
Rect.__eq = function(a, b) return a:area() == b:area() end
Rect.__lt = function(a, b) return a:area() < b:area() end

local Square = class(Rect)
function Square:init(s) self.super.init(self, s, s) self.name = "square" end
Square.__tostring = function(s) return "Square(" .. s.w .. ")" end
Square.__eq = Rect.__eq
Square.__lt = Rect.__lt

local r, s = Rect.new(2, 3), Square.new(3)
print(r:describe())
print(s:describe())
print(tostring(r), tostring(s))
print("r == Rect(3,2)", r == Rect.new(3, 2), "r < s", r < s)
print("Shape area", Shape.new("blob"):describe())
print("super chain", Square.super == Rect, Rect.super == Shape, Shape.super)
