-- yield from two Lua frames below the coroutine body
local function inner(x)
  local got = coroutine.yield("inner", x)
  return got * 10
end
local function middle(x)
  local r = inner(x + 1)
  return r + 1
end
local co = coroutine.create(function(x)
  local v = middle(x)
  return "body done", v
end)
print(coroutine.resume(co, 1))
print(coroutine.status(co))
print(coroutine.resume(co, 4))
print(coroutine.status(co))
