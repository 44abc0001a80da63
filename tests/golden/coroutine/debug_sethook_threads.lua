-- hooks belong to a thread: set in one coroutine, they do not fire in another (nor in new ones)
local evs = {}
local function body(a)
  local b = coroutine.yield(a + 1)
  local c = coroutine.yield(b + 1)
  return c
end
local co = coroutine.create(body)
debug.sethook(function(ev)
  local info = debug.getinfo(2, "Sn")
  if info.what ~= "C" then evs[#evs + 1] = ev .. ":" .. info.linedefined end
end, "cr")
print(coroutine.resume(co, 1))
print(coroutine.resume(co, 5))
print(coroutine.resume(co, 7))
debug.sethook()
print(table.concat(evs, " "))
-- a coroutine created while a hook is set inherits it; the hook sees its calls and returns
local evs2 = {}
local function rec(ev)
  local info = debug.getinfo(2, "S")
  if info.what ~= "C" then evs2[#evs2 + 1] = ev .. ":" .. info.linedefined end
end
debug.sethook(rec, "cr")
local co2 = coroutine.create(function(a)
  local b = coroutine.yield(a)
  return b
end)
debug.sethook()
print(coroutine.resume(co2, 1))
print(coroutine.resume(co2, 2))
print(table.concat(evs2, " "))
print(debug.gethook(co2) == rec, debug.gethook())
-- a hook set inside a coroutine stays there
local lines = {}
local co3 = coroutine.wrap(function()
  debug.sethook(function(ev, l) lines[#lines + 1] = l end, "l")
  local x = 1
  coroutine.yield()
  x = x + 1
  debug.sethook()
end)
co3()
local y = 2
co3()
print(table.concat(lines, " "), debug.gethook())
