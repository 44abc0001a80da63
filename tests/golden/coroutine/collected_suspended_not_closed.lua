-- a suspended coroutine's pending to-be-closed variables: never closed when it is collected
local function closer(msg) return setmetatable({}, {__close = function() print("closed", msg) end}) end
local co = coroutine.wrap(function()
  local x <close> = closer("wrap")
  coroutine.yield(1)
end)
print(co())
co = nil
local c2 = coroutine.create(function()
  local y <close> = closer("create")
  coroutine.yield(2)
end)
print(coroutine.resume(c2))
c2 = nil
collectgarbage(); collectgarbage()
-- coroutine.close does close them
local c3 = coroutine.create(function()
  local z <close> = closer("explicit")
  coroutine.yield(3)
end)
print(coroutine.resume(c3))
print(coroutine.close(c3))
-- and os.exit inside such a collected coroutine's __close never runs
local c4 = coroutine.wrap(function()
  local w <close> = setmetatable({}, {__close = function() os.exit(false) end})
  coroutine.yield()
end)
c4(); c4 = nil
collectgarbage()
print("end")
