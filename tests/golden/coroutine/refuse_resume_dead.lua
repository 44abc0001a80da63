-- resuming a dead coroutine: false plus a message, no error raised
local co = coroutine.create(function() return 1 end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co, "args", "ignored"))
local e = coroutine.create(function() error("x") end)
coroutine.resume(e)
print(coroutine.resume(e))
-- inside a wrap the same message becomes an error with position info?
local w = coroutine.wrap(function() end)
w()
local ok, msg = pcall(w)
print(ok, msg)
