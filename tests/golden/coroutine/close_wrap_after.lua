-- a closed coroutine is dead; resuming or closing it again
local co = coroutine.create(function()
  for i = 1, 3 do coroutine.yield(i) end
end)
print(coroutine.resume(co))
print(coroutine.close(co))
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.close(co))
-- close a never-started coroutine whose body has <close> vars: nothing runs
local co2 = coroutine.create(function()
  local z <close> = setmetatable({}, { __close = function() print("z closed") end })
end)
print(coroutine.close(co2))
print(coroutine.resume(co2))
