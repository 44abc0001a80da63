-- yield inside xpcall; the handler sees the error raised after resumption
local function handler(e)
  return "handled: " .. tostring(e)
end
local co = coroutine.create(function()
  local ok, r = xpcall(function(a)
    local b = coroutine.yield("in xpcall " .. a)
    error("bad " .. b)
  end, handler, "arg")
  print("xpcall:", ok, r)
  local ok2, r2, r3 = xpcall(function()
    return coroutine.yield("second"), "extra"
  end, handler)
  print("xpcall2:", ok2, r2, r3)
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "value"))
print(coroutine.resume(co, "ret"))
print(coroutine.status(co))
