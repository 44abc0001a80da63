-- 5.4: __close of a local running normally inside a coroutine may yield
local co = coroutine.create(function()
  do
    local r <close> = setmetatable({}, { __close = function()
      print("closing r, yielding")
      local v = coroutine.yield("from __close")
      print("__close resumed with", v)
    end })
    print("leaving block")
  end
  return "after block"
end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co, "val"))
print(coroutine.status(co))
