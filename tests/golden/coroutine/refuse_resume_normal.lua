-- resuming a coroutine that is in the "normal" state
local outer
local inner = coroutine.create(function()
  print("inner: outer is", coroutine.status(outer))
  print("inner resumes outer:", coroutine.resume(outer))
  return "inner end"
end)
outer = coroutine.create(function()
  print("outer resumes inner:", coroutine.resume(inner))
  return "outer end"
end)
print("main:", coroutine.resume(outer))
-- the main thread seen from a coroutine is also running/normal
local main = coroutine.running()
local co = coroutine.create(function()
  print("main status from co:", coroutine.status(main))
  return coroutine.resume(main)
end)
print(coroutine.resume(co))
