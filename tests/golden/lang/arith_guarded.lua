-- arithmetic trees over locals of unknown type: the same results whatever
-- the operands turn out to be (ints, floats, mixed, strings, tables with
-- metamethods, nil), including 64-bit wraparound and error names.
local function f(x, y, z)
  return (x * 1103515245 + 12345) % 2147483648, x * y + z, (x - y) * (y - z) // 3, x / y + z
end
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) .. "(" .. (math.type(t[i]) or type(t[i])) .. ")" end
  print(table.concat(t, " "))
end
show(f(1, 2, 3))
show(f(2.5, 0.5, 1))
show(f(7, 2.0, 1))
show(f("3", "4", 5))
show(f(math.maxinteger, 2, 1))
show(f(math.mininteger, -1, 0))
show(f(1e308, 10, -1e308))
show(f(-7, 0.0, 2))
show(f(3, -0.0, 0))
local mt = {__add = function(a, b) return "add" end, __mul = function(a, b) return 10 end,
            __sub = function() return 4 end, __mod = function() return "mod" end,
            __idiv = function() return "idiv" end, __div = function() return 0.5 end}
local t = setmetatable({}, mt)
show(f(t, 2, 3))
print(pcall(f, nil, 1, 2))
print(pcall(f, 1, nil, 2))
print(pcall(f, 1, 2, {}))
print(pcall(f, 1, 0, 2))
print(pcall(function(a, b) return (a + b) * a - b end, 1, "x"))
-- a loop whose accumulator changes kind half way
local acc, k = 0, 1
for i = 1, 10 do
  acc = (acc * 3 + i) % 1000 + k
  if i == 5 then k = 0.5 end
end
show(acc)
local h = 0
for i = 1, 100 do h = (h * 31 + i) % 4294967296 end
show(h)
local w = 1
for i = 1, 70 do w = w * 2 + 1 - 1 end
show(w)
