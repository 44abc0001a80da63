-- a coroutine that resumes another and relays its values
local inner = coroutine.create(function(x)
  local y = coroutine.yield("inner 1", x)
  local z = coroutine.yield("inner 2", y)
  return "inner done", z
end)
local outer = coroutine.create(function()
  local ok, a, b = coroutine.resume(inner, "ix")
  coroutine.yield("outer relays", a, b)
  ok, a, b = coroutine.resume(inner, "iy")
  coroutine.yield("outer relays", a, b)
  ok, a, b = coroutine.resume(inner, "iz")
  coroutine.yield("outer relays", a, b)
  return "outer done", coroutine.status(inner)
end)
for _ = 1, 5 do print(coroutine.resume(outer)) end
