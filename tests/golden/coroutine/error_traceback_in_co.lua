-- debug.traceback of a coroutine and xpcall(debug.traceback) inside one
local co = coroutine.create(function()
  local function f() coroutine.yield("paused") end
  f()
end)
coroutine.resume(co)
local tb = debug.traceback(co)
print("first line:", (tb:match("^[^\n]*")))
print("mentions yield:", tb:find("yield", 1, true) ~= nil)
local tb2 = debug.traceback(co, "msg")
print("with message:", (tb2:match("^[^\n]*")))
-- the error message is first in an xpcall with traceback inside a coroutine
local w = coroutine.wrap(function()
  local ok, msg = xpcall(function() error("traced") end, debug.traceback)
  return ok, (msg:match("^[^\n]*"))
end)
print(w())
