-- closing a suspended coroutine closes its pending <close> variables, in reverse order
local function closer(name)
  return setmetatable({}, { __close = function(_, err)
    print("closing", name, "err:", err)
  end })
end
local co = coroutine.create(function()
  local a <close> = closer("a")
  local b <close> = closer("b")
  do
    local c <close> = closer("c")
    coroutine.yield("inside block")
  end
  print("not reached")
end)
print("resume:", coroutine.resume(co))
print("status:", coroutine.status(co))
print("close:", coroutine.close(co))
print("status after close:", coroutine.status(co))
print("resume after close:", coroutine.resume(co))
