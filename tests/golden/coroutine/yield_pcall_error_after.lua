-- an error raised after a resume is caught by the enclosing pcall
local co = coroutine.create(function()
  local ok, err = pcall(function()
    local v = coroutine.yield("waiting")
    if v == "fail" then error("told to fail") end
    return v
  end)
  print("caught:", ok, err)
  local ok2, err2 = pcall(function()
    coroutine.yield("waiting 2")
    local t = nil
    return t.x
  end)
  print("caught 2:", ok2, err2)
  return "survived"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "fail"))
print(coroutine.resume(co))
print(coroutine.status(co))
