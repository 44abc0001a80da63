-- an error inside the coroutine makes resume return false, message
local co = coroutine.create(function()
  coroutine.yield("first")
  error("something broke")
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print("status:", coroutine.status(co))
-- runtime error
local co2 = coroutine.create(function()
  local x = nil
  return x + 1
end)
print(coroutine.resume(co2))
-- error with level 0: no position
local co3 = coroutine.create(function() error("plain", 0) end)
print(coroutine.resume(co3))
-- error with a number
local co4 = coroutine.create(function() error(42) end)
local ok, e = coroutine.resume(co4)
print(ok, e, math.type(e))
-- error with nil
local co5 = coroutine.create(function() error(nil) end)
print(coroutine.resume(co5))
-- error with a boolean
local co6 = coroutine.create(function() error(false) end)
print(coroutine.resume(co6))
