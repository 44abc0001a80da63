-- Functions that make calls get generator versions, made on first use inside a
-- coroutine: a call there is `yield from` the callee's generator version.
local function producer(n)
  for i = 1, n do coroutine.yield(i * i) end
  return "end"
end
local co = coroutine.wrap(function() return producer(3) end)
print(co(), co(), co(), co())
local function leaf(x) return x + 1 end
print(coroutine.resume(coroutine.create(function(a) return leaf(a) end), 41))
