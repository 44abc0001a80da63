-- nil and false are allowed as <close> values and are ignored on close
local co = coroutine.create(function()
  local a <close> = nil
  local b <close> = false
  local c <close> = setmetatable({}, { __close = function() print("c closed") end })
  coroutine.yield("y")
end)
print(coroutine.resume(co))
print(coroutine.close(co))
-- a value without __close is an error at declaration
local co2 = coroutine.create(function()
  local bad <close> = {}
end)
print(coroutine.resume(co2))
