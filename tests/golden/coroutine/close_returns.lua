-- coroutine.close return values in the simple cases
-- never started
local fresh = coroutine.create(function() print("never runs") end)
print("fresh:", coroutine.close(fresh), coroutine.status(fresh))
-- suspended with nothing to close
local s = coroutine.create(function() coroutine.yield() end)
coroutine.resume(s)
print("suspended:", coroutine.close(s), coroutine.status(s))
-- finished normally
local d = coroutine.create(function() return 1 end)
coroutine.resume(d)
print("dead ok:", coroutine.close(d))
print("dead ok again:", coroutine.close(d))
-- died with an error: close returns false and the error
local e = coroutine.create(function() error("boom") end)
print("resume:", coroutine.resume(e))
print("dead err:", coroutine.close(e))
print("status:", coroutine.status(e))
-- after close the error is not reported again
print("dead err again:", coroutine.close(e))
-- died with a table error
local obj = {}
local t = coroutine.create(function() error(obj) end)
coroutine.resume(t)
local ok, err = coroutine.close(t)
print("table err:", ok, err == obj)
