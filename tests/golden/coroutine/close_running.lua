-- closing a running or normal coroutine is an error
local co
co = coroutine.create(function()
  print("close self:", pcall(coroutine.close, co))
  coroutine.yield()
end)
coroutine.resume(co)
print("status:", coroutine.status(co))
-- a normal coroutine cannot be closed either
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function()
    print("close outer:", pcall(coroutine.close, outer))
  end)
  coroutine.resume(inner)
end)
coroutine.resume(outer)
-- the main thread
local main = coroutine.running()
print("close main:", pcall(coroutine.close, main))
-- non-thread argument
print("close nil:", pcall(coroutine.close, nil))
print("close 5:", pcall(coroutine.close, 5))
