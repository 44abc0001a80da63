-- debug.getinfo(co, level) of a suspended coroutine: its own stack (level 0 the yield it
-- stopped in, named by its call site), not the caller's; argument numbers count the thread;
-- level 0 of the running code is getinfo itself, named as it was called
local function show(tag, i)
  if not i then print(tag, nil) return end
  print(tag, i.what, i.currentline, i.linedefined, i.lastlinedefined, i.name, i.namewhat,
        i.short_src, i.istailcall, i.nparams, i.isvararg, i.nups)
end
local function inner(x)
  local y = coroutine.yield(x)
  return y
end
local function coro(a, b)
  local r = inner(a)
  coroutine.yield(r)
  return 1
end
local c = coroutine.create(coro)
show("fresh0", debug.getinfo(c, 0))
show("fresh1", debug.getinfo(c, 1))
coroutine.resume(c, 5)
for lvl = 0, 3 do show("s" .. lvl, debug.getinfo(c, lvl)) end
show("func", debug.getinfo(c, inner, "S"))
print(debug.getinfo(c, 0, "f").func == coroutine.yield, debug.getinfo(c, 1, "f").func == inner,
      debug.getinfo(c, 2, "f").func == coro)
show("opts", debug.getinfo(c, 1, "l"))
print(pcall(debug.getinfo, c, 1, ">"))
print(pcall(debug.getinfo, c))
print(pcall(debug.getinfo, c, "x"))
print(pcall(debug.getinfo, c, 1, "q"))
print(pcall(debug.getinfo, 1, "q"))
coroutine.resume(c, 7)
for lvl = 0, 2 do show("t" .. lvl, debug.getinfo(c, lvl)) end
coroutine.resume(c)
show("dead0", debug.getinfo(c, 0))
-- the running coroutine passed as the thread: its own stack
local co2 = coroutine.create(function()
  local me = coroutine.running()
  show("self1", debug.getinfo(me, 1))
  show("self0", debug.getinfo(me, 0))
end)
coroutine.resume(co2)
-- wrapped coroutines, methods and yields through a local alias
local yield = coroutine.yield
local obj = {}
function obj:step(n) yield(n) end
local w = coroutine.create(function() obj:step(1) end)
coroutine.resume(w)
show("alias0", debug.getinfo(w, 0))
show("alias1", debug.getinfo(w, 1))
show("alias2", debug.getinfo(w, 2))
-- level 0 of the running code
local i = debug.getinfo(0)
print(i.name, i.namewhat, i.what)
local g = debug.getinfo
local j = g(0, "n")
print(j.name, j.namewhat)
local t = {f = debug.getinfo}
print(t.f(0, "n").name, t.f(0, "n").namewhat)
print(select(2, pcall(debug.getinfo, 0)).name)
