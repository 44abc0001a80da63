-- wrap re-raises string errors adding the position of the Lua code that called it
local w = coroutine.wrap(function()
  error("inside")               -- line 3
end)
local function call_it()
  return w()                    -- line 6: wrap adds this position
end
print(pcall(call_it))
-- called directly by pcall (a C function): nothing is prepended
local w2 = coroutine.wrap(function() error("direct") end)
print(pcall(w2))
-- non-string errors are not touched
local w3 = coroutine.wrap(function() error(123) end)
print(pcall(function() return w3() end))
-- level 0 string errors still get the caller position from wrap
local w4 = coroutine.wrap(function() error("bare", 0) end)
print(pcall(function()
  local r = w4()                -- line 18
  return r
end))
-- resuming a dead wrap from Lua code
local w5 = coroutine.wrap(function() end)
w5()
print(pcall(function() w5() end))   -- line 24
