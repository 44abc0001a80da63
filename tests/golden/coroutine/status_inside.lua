-- a coroutine sees itself as "running"
local co
co = coroutine.create(function()
  print("inside, self:", coroutine.status(co))
  coroutine.yield()
  print("inside again:", coroutine.status(co))
end)
coroutine.resume(co)
print("outside:", coroutine.status(co))
coroutine.resume(co)
print("outside end:", coroutine.status(co))
-- status of the running thread obtained via coroutine.running
local co2 = coroutine.create(function()
  local me = coroutine.running()
  return coroutine.status(me)
end)
print("via running:", coroutine.resume(co2))
