-- Run by tests/test_accel.py with the compiled coroutine accelerator and with
-- LUA2PY_PURE=1: both outputs must be identical (addresses masked).  It covers
-- what the goldens cannot pin where lua2py still differs from lua5.4 (error
-- levels past a coroutine's base), and the positions and frames that depend on
-- how resume, wrap and the generic for over wrap are implemented.

-- error levels inside coroutines, after a yield and at the first resume
local function levels(n)
  local co = coroutine.wrap(function() coroutine.yield(1); error("boom" .. n, n) end)
  co()
  print(n, pcall(co))
  local co2 = coroutine.wrap(function() coroutine.yield(1); error("boom" .. n, n) end)
  co2()
  print(n, pcall(function() return co2() end))
  local co3 = coroutine.create(function() coroutine.yield(1); error("boom" .. n, n) end)
  coroutine.resume(co3)
  print(n, coroutine.resume(co3))
  print(n, coroutine.resume(coroutine.create(function() error("first" .. n, n) end)))
  local co5 = coroutine.wrap(function() local function f() error("deep" .. n, n) end coroutine.yield() f() end)
  co5()
  print(n, pcall(function() co5() end))
  local co6 = coroutine.create(function()
    local inner = coroutine.create(function() coroutine.yield(); error("nested" .. n, n) end)
    coroutine.resume(inner)
    return coroutine.resume(inner)
  end)
  print(n, coroutine.resume(co6))
end
for n = 1, 4 do levels(n) end

-- errors in generic for loops over wrap
print(pcall(function()
  for v in coroutine.wrap(function() coroutine.yield(1); error("inloop", 2) end) do print("v", v) end
end))
print(pcall(function()
  for v in coroutine.wrap(function() coroutine.yield(1); error("inloop1") end) do print("v", v) end
end))
print(pcall(function()
  for v in coroutine.wrap(function() coroutine.yield(1); local x; x() end) do print("v", v) end
end))
print(pcall(function()
  for a, b, c in coroutine.wrap(function() coroutine.yield(1); coroutine.yield(2, 3); coroutine.yield(4, 5, 6, 7) return 8 end) do
    print(a, b, c)
  end
end))
for a in coroutine.wrap(function() coroutine.yield(1, 2); return nil end) do print(a) end
for a, b in coroutine.wrap(function(s, c) print("args", s, c); local s2, c2 = coroutine.yield(10, 20); print("args2", s2, c2); coroutine.yield(30) end), "state" do
  print(a, b)
end
local wf = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
for v in wf do if v == 2 then break end end
print("resumed after break", wf())

-- dead and running wraps, arguments and results
local w = coroutine.wrap(function() return 1 end)
print(w())
print(pcall(w))
print(pcall(function() return w() end))
local self
self = coroutine.wrap(function() return self() end)
print(pcall(self))
print(pcall(coroutine.resume, 1))
print(pcall(coroutine.resume))
print(pcall(function() return coroutine.resume(1) end))
print(pcall(function() return coroutine.resume() end))
print(pcall(function() local c = coroutine.resume; return c({}) end))
print(pcall(coroutine.wrap, nil))
print(pcall(function() return coroutine.wrap(1) end))
print(pcall(function() return coroutine.create(1) end))
print(pcall(function() return coroutine.status(1) end))
print(select('#', coroutine.resume(coroutine.create(function() return end))))
print(coroutine.resume(coroutine.create(function(...) return ... end), 1, nil, 3, nil))
local co4 = coroutine.create(function(...) local n = select("#", coroutine.yield(select("#", ...), ...)); return n end)
print(coroutine.resume(co4, nil, nil))
print(coroutine.resume(co4, 1, nil, 3))
print(coroutine.resume(co4))

-- types, names and calls of the values themselves
print(type(w), tostring(w):match("^function: ") ~= nil, type(coroutine.create(print)))
print(tostring(coroutine.running()):match("^thread: 0x%x+$") ~= nil)
print(pcall(function() local c = coroutine.create(print); return c() end))
print(pcall(function() local c = coroutine.create(print); return c.x end))
print(pcall(function() local c = coroutine.create(print); return c + 1 end))
print(pcall(string.dump, w))
print(debug.getinfo(w).what, debug.getinfo(coroutine.resume).what)
local keys = {}
keys[w] = "w"
keys[coroutine.running()] = "main"
print(keys[w], keys[coroutine.running()])

-- status, running, isyieldable
local co
co = coroutine.create(function()
  print("in", coroutine.status(co), coroutine.isyieldable(), coroutine.running() == co)
  local inner = coroutine.create(function() print("outer from inner", coroutine.status(co)) end)
  coroutine.resume(inner)
  table.sort({3, 2, 1}, function(a, b) print("comparator yieldable", coroutine.isyieldable()); return a < b end)
  coroutine.yield()
end)
print(coroutine.status(co)); coroutine.resume(co); print(coroutine.status(co)); coroutine.resume(co); print(coroutine.status(co))
print(coroutine.isyieldable(), select(2, coroutine.running()))
print(coroutine.wrap(coroutine.isyieldable)())
print(coroutine.resume(coroutine.create(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end)))
print(pcall(coroutine.yield))

-- library functions as coroutine bodies
print(coroutine.wrap(string.rep)("ab", 3))
print(pcall(coroutine.wrap(string.rep)))
print(coroutine.wrap(pcall)(error, "x"))
local wp = coroutine.wrap(pcall)
print(wp(function() coroutine.yield("y1"); error("after", 2) end))
print(wp())
local wp2 = coroutine.wrap(pcall)
print(wp2(function() coroutine.yield("y1"); error("after") end))
print(wp2())

-- to-be-closed variables, close
local cc = coroutine.create(function()
  local x <close> = setmetatable({}, {__close = function(_, e) print("closing", e) end})
  coroutine.yield(1)
end)
coroutine.resume(cc)
print(coroutine.close(cc), coroutine.status(cc))
local cc2 = coroutine.create(function()
  local x <close> = setmetatable({}, {__close = function(_, e) print("closing2", e) end})
  error("E")
end)
print(coroutine.resume(cc2))
print(coroutine.close(cc2))
local cw = coroutine.wrap(function()
  local x <close> = setmetatable({}, {__close = function(_, e) print("closing3", e); error("in close") end})
  coroutine.yield()
  error("E2")
end)
cw()
print(pcall(cw))
print(pcall(function()
  for v in coroutine.wrap(function()
    local x <close> = setmetatable({}, {__close = function(_, e) print("closing4", e) end})
    coroutine.yield(1)
    error("E3")
  end) do print("v", v) end
end))
print(pcall(coroutine.close, coroutine.running()))
print(coroutine.resume(coroutine.create(function() return coroutine.close(coroutine.running()) end)))

-- yields across pcall and metamethods
local co5 = coroutine.wrap(function()
  local ok, e = pcall(function() coroutine.yield("in pcall"); error("x") end)
  coroutine.yield(ok, e)
  return "end"
end)
print(co5()); print(co5()); print(co5()); print(pcall(co5))
local mt = {__add = function(a, b) coroutine.yield("adding"); return 42 end,
            __index = function(t, k) coroutine.yield("idx " .. k); return k end}
local co6 = coroutine.wrap(function() local t = setmetatable({}, mt); local x = t + 1; local y = t.foo; return x, y end)
print(co6()); print(co6()); print(co6())

-- error values and runtime errors
local eo = {}
print(select(2, coroutine.resume(coroutine.create(function() error(eo) end))) == eo)
print(select(2, pcall(coroutine.wrap(function() error(eo) end))) == eo)
print(coroutine.resume(coroutine.create(function() local x = nil; return x.y end)))
print(pcall(coroutine.wrap(function() local x = nil; return x.y end)))
local cx = coroutine.wrap(function() coroutine.yield() local x = nil; return x() end)
cx()
print(pcall(cx))
print(coroutine.resume(coroutine.create(function() return 1 // 0 end)))
print(coroutine.resume(coroutine.create(function() return {} .. "x" end)))
print(select(2, xpcall(coroutine.wrap(function() coroutine.yield() error("tb") end), debug.traceback)))
local xw = coroutine.wrap(function() coroutine.yield() error("tb2") end)
xw()
print(select(2, xpcall(xw, debug.traceback)))

-- tracebacks
local tco = coroutine.create(function() local function f() coroutine.yield(debug.traceback("tb")) end f() end)
print(coroutine.resume(tco))
print(debug.traceback(tco))
print(debug.traceback(tco, "msg", 1))

-- nesting
local function nest(n)
  if n == 0 then return 0 end
  local c = coroutine.create(function() return nest(n - 1) + 1 end)
  local ok, v = coroutine.resume(c)
  if not ok then error(v, 0) end
  return v
end
print(pcall(nest, 150))
local function gen(n)
  return coroutine.wrap(function()
    if n == 0 then coroutine.yield(0) return end
    for v in gen(n - 1) do coroutine.yield(v + 1) end
    coroutine.yield(-n)
  end)
end
local vals = {}
for v in gen(6) do vals[#vals + 1] = v end
print(table.concat(vals, " "))
