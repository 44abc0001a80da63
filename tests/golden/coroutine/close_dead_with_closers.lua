-- <close> variables run when the coroutine finishes or errors on its own
local function closer(name)
  return setmetatable({}, { __close = function(_, e) print("close", name, e) end })
end
local co = coroutine.create(function()
  local x <close> = closer("x")
  coroutine.yield(1)
  return "finished"
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print("close dead:", coroutine.close(co))
-- error: closers run with the error object, resume reports the error
local co2 = coroutine.create(function()
  local y <close> = closer("y")
  local z <close> = closer("z")
  coroutine.yield(2)
  error("late failure", 0)
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2))
print("close after error:", coroutine.close(co2))
