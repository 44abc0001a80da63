-- a suspended coroutine can be closed from inside another coroutine
local victim = coroutine.create(function()
  local r <close> = setmetatable({}, { __close = function()
    print("victim cleanup, running is main?", select(2, coroutine.running()))
  end })
  coroutine.yield("victim paused")
end)
print(coroutine.resume(victim))
local closer = coroutine.create(function()
  print("closer closes victim:", coroutine.close(victim))
  print("victim status:", coroutine.status(victim))
  return "closer done"
end)
print(coroutine.resume(closer))
-- a coroutine in normal state (it resumed us) cannot be closed
local parent
parent = coroutine.create(function()
  local child = coroutine.create(function()
    return pcall(coroutine.close, parent)
  end)
  return coroutine.resume(child)
end)
print(coroutine.resume(parent))
