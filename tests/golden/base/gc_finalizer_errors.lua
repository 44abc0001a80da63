-- errors in finalizers are warnings (off by default): the program goes on
local e = setmetatable({}, {__gc = function() error("boom in gc") end})
e = nil
collectgarbage()
local n = setmetatable({}, {__gc = 42})
n = nil
collectgarbage()
print("goes on")
local y = setmetatable({}, {__gc = function() coroutine.yield() end})
y = nil
collectgarbage()
print("after yield in gc")
local co = coroutine.wrap(function()
  local t = setmetatable({}, {__gc = function() print("gc inside coroutine") end})
  t = nil
  collectgarbage()
  coroutine.yield("yielded")
  return "done"
end)
print(co())
print(co())
