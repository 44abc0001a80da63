local Vec = {}
Vec.__index = Vec
local function new(x, y) return setmetatable({ x = x, y = y }, Vec) end
Vec.new = new
function Vec.__add(a, b) return new(a.x + b.x, a.y + b.y) end
function Vec.__sub(a, b) return new(a.x - b.x, a.y - b.y) end
function Vec.__mul(a, b)
  if type(a) == "number" then return new(a * b.x, a * b.y) end
  if type(b) == "number" then return new(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
function Vec.__eq(a, b) return a.x == b.x and a.y == b.y end
function Vec.__lt(a, b) return a:len2() < b:len2() end
function Vec.__le(a, b) return a:len2() <= b:len2() end
function Vec.__unm(a) return new(-a.x, -a.y) end
function Vec.__len(a) return 2 end
function Vec.__tostring(a) return "<" .. a.x .. ", " .. a.y .. ">" end
function Vec.__concat(a, b) return tostring(a) .. tostring(b) end
function Vec.__index(t, k) if k == "mag" then return math.sqrt(t:len2()) end return Vec[k] end
function Vec:len2() return self.x * self.x + self.y * self.y end
local a, b = new(3, 4), new(1, 2)
print(a + b, a - b, a * b, a * 2, 2 * a, -a)
print(a == new(3, 4), a ~= b, b < a, a <= a, a > b)
print(#a, a.mag, a .. b, "v=" .. a)
local sum = new(0, 0)
for i = 1, 5 do sum = sum + new(i, i * i) end
print("sum", sum)
