-- when an operand runs Lua code (a call, a metamethod) that assigns a local through
-- a closure, lua5.4 reads the local's register when the operator runs (after that
-- operand), but copies it in order into a concatenation, a constructor, argument
-- lists and `for` bounds; an upvalue is always copied (GETUPVAL) in order
local x = 1
local function g() x = 10 return 1 end
local function set(v) x = v return 1 end

-- x is a local of the main chunk (a register)
x = 1 print(x + g(), x - g(), x * g(), x / g(), x // g(), x % g(), x ^ g())
x = 1 print(x < g(), x == g(), x ~= g(), x & g(), x | g(), x << g())
x = 1 print(x .. g(), x .. "|" .. g())
x = 1 print(({x, g(), nil})[1], ({x, g()})[1], ({x, [2] = g()})[1])
x = 1 print(x, g(), x)
x = 1 print(string.format("%d %d", x, g()))
x = 1 for i = x, g() + 1 do io.write(i, " ") end print()
x = 1 print(math.max(x, g()), select("#", x, g()))
x = 1 local t = {[1] = "one", [10] = "ten"} print(t[x + 0], t[(function() x = 10 return x end)()])

-- x is an upvalue of the function computing the expression
local function up()
  x = 1 local a = x + g()
  x = 1 local b = x .. g()
  x = 1 local c = x < g()
  x = 1 local d = x == g()
  x = 1 local e = {x, g(), nil}
  x = 1 local f = x // g()
  return a, b, c, d, e[1], f
end
print(up())

-- locals captured in a loop live in boxes
for i = 1, 2 do
  local n = i
  local function inc() n = n + 100 return 1 end
  print(n + inc(), n .. inc(), n < inc(), ({n, inc(), nil})[1])
end

-- metamethods that assign the local
local mt = {__add = function(a, b) set(20) return 5 end, __index = function(t, k) set(30) return 7 end}
local obj = setmetatable({}, mt)
x = 1 print(x + (obj + obj), x)
x = 1 print(x + obj.field, x)
x = 1 print(x .. tostring(obj.field), x)

-- the same inside a coroutine (generator versions)
print(coroutine.wrap(function()
  x = 1 local a = x + g()
  x = 1 local b = x .. g()
  x = 1 local c = {x, g(), nil}
  return a, b, c[1]
end)())
