-- a coroutine resuming itself (it is running)
local co
co = coroutine.create(function()
  print("inside:", coroutine.resume(co))
  return "still alive"
end)
print("outer:", coroutine.resume(co))
-- wrap calling itself
local w
w = coroutine.wrap(function()
  local ok, err = pcall(w)
  print("wrap self:", ok, err)
  return "w ok"
end)
print(w())
