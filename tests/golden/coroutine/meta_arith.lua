-- yield from arithmetic metamethods (__add, __unm, __mul)
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({ x = x, y = y }, V) end
V.__add = function(a, b)
  coroutine.yield("adding")
  return vec(a.x + b.x, a.y + b.y)
end
V.__unm = function(a)
  coroutine.yield("negating")
  return vec(-a.x, -a.y)
end
V.__mul = function(a, k)
  local factor = coroutine.yield("scaling by " .. k)
  return vec(a.x * factor, a.y * factor)
end
local co = coroutine.create(function()
  local s = vec(1, 2) + vec(3, 4)
  print("sum", s.x, s.y)
  local n = -s
  print("neg", n.x, n.y)
  local m = n * 3
  print("mul", m.x, m.y)
  return "ok"
end)
local arg
repeat
  local ok, msg = coroutine.resume(co, arg)
  print("->", ok, msg)
  arg = 10
until coroutine.status(co) == "dead"
