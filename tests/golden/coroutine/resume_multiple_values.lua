-- resume returns true followed by every value yielded or returned
local co = coroutine.create(function()
  coroutine.yield(1, 2, 3)
  coroutine.yield()
  coroutine.yield(nil)
  coroutine.yield(nil, nil, "x")
  return "a", "b", "c", "d"
end)
for i = 1, 5 do
  local r = table.pack(coroutine.resume(co))
  io.write("resume ", i, ": n=", r.n)
  for j = 1, r.n do io.write(" ", tostring(r[j])) end
  io.write("\n")
end
-- select('#') counts trailing nils
local co2 = coroutine.create(function() return nil, nil end)
print("count:", select("#", coroutine.resume(co2)))
