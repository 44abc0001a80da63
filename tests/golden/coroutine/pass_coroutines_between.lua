-- coroutines can be yielded, passed, and resumed by other coroutines
local function make_counter(name)
  return coroutine.create(function()
    local i = 0
    while true do i = i + 1 coroutine.yield(name .. i) end
  end)
end
local factory = coroutine.create(function()
  coroutine.yield(make_counter("a"))
  coroutine.yield(make_counter("b"))
end)
local _, ca = coroutine.resume(factory)
local _, cb = coroutine.resume(factory)
print("types:", type(ca), type(cb))
local driver = coroutine.create(function(x, y)
  while true do
    local _, va = coroutine.resume(x)
    local _, vb = coroutine.resume(y)
    x, y = coroutine.yield(va .. "+" .. vb)
  end
end)
print(coroutine.resume(driver, ca, cb))
print(coroutine.resume(driver, ca, cb))
print(coroutine.resume(driver, cb, ca))
print("status a:", coroutine.status(ca))
-- a coroutine handed back to main and resumed there
local handed
local giver = coroutine.create(function()
  handed = coroutine.create(function() return "handed ran" end)
  coroutine.yield(handed)
end)
local _, h = coroutine.resume(giver)
print(h == handed, coroutine.resume(h))
