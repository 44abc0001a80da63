-- coroutine.running: thread plus "is main" boolean
local m, ismain = coroutine.running()
print("main:", type(m), ismain)
local co
co = coroutine.create(function()
  local t, im = coroutine.running()
  print("inside:", type(t), im, "is co:", t == co)
  local nested = coroutine.create(function()
    local t2, im2 = coroutine.running()
    print("nested:", type(t2), im2, "is co:", t2 == co, "is main:", t2 == m)
  end)
  coroutine.resume(nested)
end)
coroutine.resume(co)
-- the main thread object is stable
local m2 = coroutine.running()
print("same main:", m == m2)
print("main status:", coroutine.status(m))
-- main thread cannot be resumed
print(coroutine.resume(m))
