-- a thread woken from an endless wait (a semaphore's take) runs on: the loop is not
-- finished in between, even when a removed thread's end comes in the same step
local copas = require "copas"
local sem = require "copas.semaphore"
copas.loop(function()
  local co = copas.addthread(function() copas.pause(5) end)
  copas.removethread(co)
  local s = sem.new(10, 0, math.huge)
  copas.addthread(function() print("t2") s:give(1) end)
  print("take", s:take(1, math.huge))
  local s2 = sem.new(10, 0, math.huge)
  copas.addthread(function() print("t3") s2:give(1) end)
  print("take", s2:take(1, math.huge))
  local lock = require("copas.lock").new(math.huge)
  lock:get()
  copas.addthread(function() print("t4 get", lock:get() ~= nil) lock:release() end)
  copas.pause(0)
  lock:release()
end)
print("done")
