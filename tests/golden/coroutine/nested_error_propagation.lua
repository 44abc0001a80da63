-- an error in an inner coroutine: resume reports it; wrap re-raises through levels
local inner = coroutine.create(function() error("inner broke") end)
local outer = coroutine.create(function()
  local ok, err = coroutine.resume(inner)
  print("outer sees:", ok, err)
  return "outer fine"
end)
print(coroutine.resume(outer))
-- with wrap, the error travels up through every level
local w3 = coroutine.wrap(function() error({ code = 3 }) end)
local w2 = coroutine.wrap(function() return w3() end)
local w1 = coroutine.wrap(function() return w2() end)
local ok, e = pcall(w1)
print("through wraps:", ok, type(e), e.code)
-- string error gets positions prepended? only once at creation
local s3 = coroutine.wrap(function() error("deep string") end)
local s2 = coroutine.wrap(function() return s3() end)
print(pcall(s2))
