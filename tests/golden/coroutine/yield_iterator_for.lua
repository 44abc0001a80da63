-- an iterator function that yields: the for loop is suspended with it
local function chatty_iter(t)
  local i = 0
  return function()
    i = i + 1
    if t[i] == nil then return nil end
    coroutine.yield("about to give " .. t[i])
    return i, t[i]
  end
end
local co = coroutine.create(function()
  for i, v in chatty_iter({ "x", "y", "z" }) do
    print("loop body", i, v)
  end
  return "loop done"
end)
while true do
  local ok, msg = coroutine.resume(co)
  print("resume ->", ok, msg)
  if coroutine.status(co) == "dead" then break end
end
