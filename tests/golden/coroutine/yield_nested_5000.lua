-- recursion 5000 frames deep, yielding at the bottom
local function dive(n)
  if n == 0 then
    local v = coroutine.yield("at bottom")
    return v
  end
  return 1 + dive(n - 1)   -- not a tail call: keeps the frames
end
local co = coroutine.create(function(n) return dive(n) end)
print(coroutine.resume(co, 5000))
print(coroutine.status(co))
print(coroutine.resume(co, 7))
print(coroutine.status(co))
-- a second deep coroutine yielding many times at depth
local function walk(n)
  if n == 0 then return 0 end
  if n % 1000 == 0 then coroutine.yield(n) end
  return 1 + walk(n - 1)
end
local gen = coroutine.wrap(function() return "total", walk(5000) end)
for i = 1, 6 do print(gen()) end
