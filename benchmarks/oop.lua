-- oop: method calls through __index.  A base class made with setmetatable,
-- a subclass and a sub-subclass (two levels of inheritance); methods are
-- found on the object's class, its parent or its grandparent.  A few
-- million method calls plus object construction through chained
-- constructors.
local Shape = {}
Shape.__index = Shape

function Shape.new(name)
  local self = setmetatable({}, Shape)
  self.name = name
  self.x = 0
  self.moves = 0
  return self
end

function Shape:area() return 0 end
function Shape:perimeter() return 0 end
function Shape:move(dx)
  self.x = self.x + dx
  self.moves = self.moves + 1
  return self
end
function Shape:kind() return self.name end

local Rect = setmetatable({}, {__index = Shape})
Rect.__index = Rect

function Rect.new(w, h)
  local self = Shape.new("rect")
  setmetatable(self, Rect)
  self.w = w
  self.h = h
  return self
end

function Rect:area() return self.w * self.h end
function Rect:perimeter() return 2 * (self.w + self.h) end

local Square = setmetatable({}, {__index = Rect})
Square.__index = Square

function Square.new(s)
  local self = Rect.new(s, s)
  self.name = "square"
  return setmetatable(self, Square)
end

function Square:side() return self.w end

local Counter = {}
Counter.__index = Counter
function Counter.new() return setmetatable({n = 0, total = 0}, Counter) end
function Counter:add(v)
  self.n = self.n + 1
  self.total = self.total + v
end

local objs = {}
for i = 1, 300 do
  local m = i % 3
  if m == 0 then
    objs[i] = Shape.new("shape")
  elseif m == 1 then
    objs[i] = Rect.new(i % 7 + 1, i % 5 + 1)
  else
    objs[i] = Square.new(i % 9 + 1)
  end
end

local c = Counter.new()
local perims = 0
for round = 1, 4000 do
  for i = 1, #objs do
    local o = objs[i]
    c:add(o:area())                   -- own class or parent
    perims = perims + o:perimeter()   -- Rect's, inherited by Square
    o:move(round % 3)                 -- Shape's: two levels up for Square
  end
end

-- construction through the chain of constructors
local built = 0
for i = 1, 300000 do
  local sq = Square.new(i % 10)
  built = built + sq:side() + sq:area()
end

local kinds = {}
for i = 1, 3 do kinds[i] = objs[i]:kind() end
print(string.format("calls: %d total area: %d perimeters: %d", c.n, c.total, perims))
print(string.format("moves: %d x: %d", objs[1].moves, objs[2].x))
print(string.format("built: %d kinds: %s", built, table.concat(kinds, ",")))
