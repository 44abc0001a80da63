-- coroutine.close runs the pending __close on the coroutine itself, which is running
-- meanwhile: closing it again from there fails (coroutine.lua's "cannot close a
-- coroutine while closing it")
local co
local seen
co = coroutine.create(function()
  local x <close> = setmetatable({}, {__close = function()
    seen = coroutine.status(co) .. " " .. tostring(coroutine.running() == co)
    coroutine.close(co)
  end})
  coroutine.yield(20)
end)
print(coroutine.resume(co))
local st, msg = coroutine.close(co)
print(st, msg, seen)
print(coroutine.status(co), coroutine.close(co))
-- closing the running or a normal coroutine: luaL_error's position is its caller's
print(pcall(coroutine.close, coroutine.running()))
print(coroutine.wrap(function() return pcall(coroutine.close, co) end)())
local main = coroutine.running()
print(coroutine.wrap(function() local ok, e = pcall(function() coroutine.close(main) end); return e end)())
