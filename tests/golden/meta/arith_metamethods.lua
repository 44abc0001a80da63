local V = {}
V.__index = V
local function vec(x, y) return setmetatable({ x = x, y = y }, V) end
local function show(v) if type(v) == "table" then return "(" .. v.x .. "," .. v.y .. ")" end return tostring(v) end
V.__add = function(a, b)
  if type(a) ~= "table" then return vec(a + b.x, a + b.y) end
  if type(b) ~= "table" then return vec(a.x + b, a.y + b) end
  return vec(a.x + b.x, a.y + b.y)
end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__div = function(a, b) return vec(a.x / b, a.y / b) end
V.__mod = function(a, b) return vec(a.x % b, a.y % b) end
V.__pow = function(a, b) return vec(a.x ^ b, a.y ^ b) end
V.__unm = function(a) return vec(-a.x, -a.y) end
V.__idiv = function(a, b) return vec(a.x // b, a.y // b) end
local a, b = vec(1, 2), vec(3, 4)
print("a+b", show(a + b))
print("a+10", show(a + 10))
print("10+a", show(10 + a))
print("a-b", show(a - b))
print("a*b", show(a * b))
print("a*3", show(a * 3), "3*a", show(3 * a))
print("b/2", show(b / 2))
print("b%3", show(b % 3))
print("a^2", show(a ^ 2))
print("-a", show(-a))
print("b//2", show(b // 2))
print("chain", show(a + b + a - b))
-- string operands with metamethods
print("'5'+a", show("5" + a))
-- error when only a non-table operand has no metamethod
print(pcall(function() return a .. b end))
