-- yield inside a pcall'd function inside a coroutine (allowed in 5.4)
local co = coroutine.create(function()
  local ok, a, b = pcall(function()
    local x = coroutine.yield("yield in pcall")
    local y = coroutine.yield("again", x)
    return x, y
  end)
  print("pcall returned", ok, a, b)
  return "body end"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "X"))
print(coroutine.resume(co, "Y"))
print(coroutine.status(co))
