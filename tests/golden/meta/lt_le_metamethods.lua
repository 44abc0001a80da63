local V = {}
V.__lt = function(a, b) return a.v < b.v end
V.__le = function(a, b) return a.v <= b.v end
local function v(x) return setmetatable({ v = x }, V) end
local one, two, two2 = v(1), v(2), v(2)
print("1<2", one < two, "2<1", two < one, "2<=2", two <= two2, "2>=1", two >= one, "1>2", one > two)
-- no __le fallback to __lt in 5.4
local OnlyLt = { __lt = function(a, b) return a.v < b.v end }
local x = setmetatable({ v = 1 }, OnlyLt)
local y = setmetatable({ v = 2 }, OnlyLt)
print("x < y", x < y)
print("x <= y", pcall(function() return x <= y end))
-- mixed operand types use the metamethod too
local N = { __lt = function(a, b)
  local av = type(a) == "table" and a.v or a
  local bv = type(b) == "table" and b.v or b
  return av < bv
end }
local n5 = setmetatable({ v = 5 }, N)
print("n5 < 10", n5 < 10, "3 < n5", 3 < n5, "n5 > 1", n5 > 1)
-- result converted to boolean
local W = setmetatable({}, { __lt = function() return "truthy" end, __le = function() return nil end })
print("W < W", W < W, "W <= W", W <= W)
-- sort uses __lt
local list = { v(3), v(1), v(2) }
table.sort(list)
print("sorted", list[1].v, list[2].v, list[3].v)
-- strings and numbers don't use metamethods
print("'a' < 'b'", "a" < "b")
