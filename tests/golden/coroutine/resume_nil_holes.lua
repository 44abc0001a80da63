-- nil holes survive resume and yield; select('#') sees them
local co = coroutine.create(function(...)
  print("start n =", select("#", ...), ...)
  local p = table.pack(coroutine.yield(...))
  print("yield got n =", p.n, p[1], p[2], p[3], p[4])
  local q = table.pack(coroutine.yield(nil, nil, nil))
  print("yield got n =", q.n)
  return nil, 2, nil
end)
local r = table.pack(coroutine.resume(co, nil, "b", nil))
print("resume 1 n =", r.n, r[1], r[2], r[3], r[4])
r = table.pack(coroutine.resume(co, nil, nil, "c", nil))
print("resume 2 n =", r.n)
r = table.pack(coroutine.resume(co))
print("resume 3 n =", r.n, r[1], r[2], r[3], r[4])
-- wrap keeps the holes too
local w = coroutine.wrap(function(...) return select("#", ...), ... end)
print(w(nil, nil))
print(select("#", coroutine.wrap(function() return nil, nil, nil end)()))
