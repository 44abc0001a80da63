-- yielding and resuming with 200 values through table.unpack
local big = {}
for i = 1, 200 do big[i] = i * 2 end
local co = coroutine.create(function(...)
  local n = select("#", ...)
  local got = table.pack(coroutine.yield(table.unpack(big)))
  local s = 0
  for i = 1, got.n do s = s + got[i] end
  return n, got.n, s
end)
local r = table.pack(coroutine.resume(co, table.unpack(big, 1, 150)))
print("resume n:", r.n, "first:", r[1], r[2], "last:", r[r.n])
local sum = 0
for i = 2, r.n do sum = sum + r[i] end
print("sum yielded:", sum)
print(coroutine.resume(co, table.unpack(big)))
-- 5000 values in one yield
local many = {}
for i = 1, 5000 do many[i] = i end
local w = coroutine.wrap(function() coroutine.yield(table.unpack(many)) end)
print("count 5000:", select("#", w()))
