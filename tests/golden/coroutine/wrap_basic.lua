-- coroutine.wrap returns a function that resumes; no leading boolean
local gen = coroutine.wrap(function(a, b)
  print("started with", a, b)
  local x = coroutine.yield(a + b)
  local y, z = coroutine.yield(x * 2)
  return "final", y, z
end)
print("type:", type(gen))
print("1:", gen(1, 2))
print("2:", gen(10))
print("3:", gen("p", "q"))
-- multiple results and none
local m = coroutine.wrap(function()
  coroutine.yield()
  coroutine.yield(1, 2, 3)
end)
print("count none:", select("#", m()))
print("three:", m())
print("count end:", select("#", m()))
