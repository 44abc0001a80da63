-- coroutines share upvalues with their creator and with each other
local counter = 0
local function make()
  return coroutine.wrap(function(step)
    while true do
      counter = counter + step
      step = coroutine.yield(counter) or step
    end
  end)
end
local a, b = make(), make()
print(a(1), b(10), a(), b(), a(100))
print("counter seen by main:", counter)
-- a local captured by a closure created inside a coroutine outlives it
local getter
local co = coroutine.create(function()
  local secret = "s1"
  getter = function() return secret end
  secret = coroutine.yield()
  secret = secret .. "!"
end)
coroutine.resume(co)
print(getter())
coroutine.resume(co, "s2")
print(getter(), coroutine.status(co))
