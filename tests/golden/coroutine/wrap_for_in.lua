-- a generator made with wrap drives a generic for
local function range(n, step)
  return coroutine.wrap(function()
    for i = 1, n, step or 1 do coroutine.yield(i) end
  end)
end
for i in range(5) do io.write(i, " ") end
print()
for i in range(10, 3) do io.write(i, " ") end
print()
-- pairs of values
local function enumerate(t)
  return coroutine.wrap(function()
    for i, v in ipairs(t) do coroutine.yield(i, v) end
  end)
end
for i, v in enumerate({ "a", "b", "c" }) do print(i, v) end
-- nested generators
local function squares(n)
  return coroutine.wrap(function()
    for i in range(n) do coroutine.yield(i * i) end
  end)
end
local sum = 0
for s in squares(6) do sum = sum + s end
print("sum of squares:", sum)
