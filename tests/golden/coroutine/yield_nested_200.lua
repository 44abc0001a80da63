-- recursion 200 frames deep; yields at every level on the way back up
local function dive(n)
  if n == 0 then
    coroutine.yield("bottom")
    return 0
  end
  local r = dive(n - 1)
  if n % 50 == 0 then coroutine.yield("level " .. n) end
  return r + 1
end
local co = coroutine.create(function() return "depth", dive(200) end)
while true do
  local ok, a, b = coroutine.resume(co)
  print(ok, a, b)
  if coroutine.status(co) == "dead" then break end
end
