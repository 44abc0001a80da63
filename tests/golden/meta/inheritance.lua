local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound)
  local self = setmetatable({}, Animal)
  self.name, self.sound = name, sound
  return self
end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end

local Dog = setmetatable({}, { __index = Animal })
Dog.__index = Dog
function Dog.new(name)
  local self = Animal.new(name, "woof")
  return setmetatable(self, Dog)
end
function Dog:kind() return "dog (" .. Animal.kind(self) .. ")" end
function Dog:fetch() return self.name .. " fetches" end

local Puppy = setmetatable({}, { __index = Dog })
Puppy.__index = Puppy
function Puppy.new(name)
  local self = Dog.new(name)
  self.sound = "yip"
  return setmetatable(self, Puppy)
end
function Puppy:kind() return "puppy < " .. Dog.kind(self) end

local a, d, p = Animal.new("Cat", "meow"), Dog.new("Rex"), Puppy.new("Bit")
for _, o in ipairs({ a, d, p }) do print(o:speak(), "|", o:kind()) end
print(d:fetch(), p:fetch())
print("a.fetch", a.fetch)
print("is Dog", getmetatable(d) == Dog, getmetatable(p) == Puppy)
local function isinstance(o, cls)
  local mt = getmetatable(o)
  while mt do
    if mt == cls then return true end
    local parent = getmetatable(mt)
    mt = parent and parent.__index
  end
  return false
end
print("p isa Animal", isinstance(p, Animal), "a isa Dog", isinstance(a, Dog))
-- overriding at instance level
p.speak = function(self) return "instance override " .. self.name end
print(p:speak(), Puppy.new("Other"):speak())
