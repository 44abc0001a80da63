-- the thread behind a wrap is reachable through coroutine.running
local captured
local w = coroutine.wrap(function()
  captured = coroutine.running()
  print("inside status:", coroutine.status(captured))
  print("resume self:", coroutine.resume(captured))
  coroutine.yield("paused")
  return "finished"
end)
print(w())
print("type:", type(captured), "status:", coroutine.status(captured))
-- resuming the wrap's thread directly works too
print("direct resume:", coroutine.resume(captured))
print("status:", coroutine.status(captured))
print(pcall(w))
