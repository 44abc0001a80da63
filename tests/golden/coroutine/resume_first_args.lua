-- the arguments of the first resume become the function's parameters
local co = coroutine.create(function(a, b, c)
  print("params:", a, b, c)
  return a + b + c
end)
print("result:", coroutine.resume(co, 1, 2, 3))
-- extra arguments are dropped, missing ones are nil
local co2 = coroutine.create(function(x, y)
  print("x, y:", x, y)
end)
print(coroutine.resume(co2, "only"))
local co3 = coroutine.create(function(x)
  print("x:", x)
end)
print(coroutine.resume(co3, "one", "two", "three"))
-- varargs receive everything
local co4 = coroutine.create(function(...)
  print("count:", select("#", ...))
  print("args:", ...)
  return ...
end)
print(coroutine.resume(co4, nil, false, nil))
