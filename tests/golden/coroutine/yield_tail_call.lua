-- yields inside tail-called functions and `return coroutine.yield(...)`
local function tail_target(x)
  local y = coroutine.yield("tail target got " .. x)
  return "tail result " .. y
end
local function tail_caller(x)
  return tail_target(x * 2)
end
local co = coroutine.create(function(x)
  local r = tail_caller(x)
  print("r =", r)
  return coroutine.yield("final yield")   -- tail call of yield
end)
print(coroutine.resume(co, 5))
print(coroutine.resume(co, "Y"))
print(coroutine.resume(co, "passed", "through"))
print(coroutine.status(co))
-- a long chain of tail calls that yields at the end
local function countdown(n)
  if n == 0 then return coroutine.yield("bottom of tail chain") end
  return countdown(n - 1)
end
local w = coroutine.wrap(countdown)
print(w(100000))
print(w("done"))
