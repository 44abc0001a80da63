-- recursion 10 frames deep that yields at the bottom, then unwinds
local function dive(n, path)
  if n == 0 then
    local v = coroutine.yield("bottom:" .. path)
    return v
  end
  local r = dive(n - 1, path .. n)
  return r + n
end
local co = coroutine.create(function() return dive(10, "") end)
print(coroutine.resume(co))
print(coroutine.resume(co, 1000))
print(coroutine.status(co))
