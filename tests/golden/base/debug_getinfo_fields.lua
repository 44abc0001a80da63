-- issue 10 #14: debug.getinfo's fields as lua5.4 gives them
local up = 10
local function f(a, b) return a + up end
local i = debug.getinfo(f)
print(i.nparams, i.isvararg, i.nups, i.linedefined, i.lastlinedefined, i.what, i.short_src, i.source)
print(i.name, i.namewhat, i.func == f, i.currentline, i.istailcall)

-- level "f": the running function (Penlight's compat.getfenv)
local function g()
  local info = debug.getinfo(1, "f")
  print("self", info.func == g, info.currentline, info.source)
  local caller = debug.getinfo(2, "f")
  print("caller", type(caller.func))
  local n = debug.getinfo(1, "n")
  print("name", n.name, n.namewhat)
  local s = debug.getinfo(1, "S")
  print("S", s.what, s.linedefined, s.func, s.currentline)
end
g()

-- C functions
local c = debug.getinfo(print)
print(c.what, c.short_src, c.source, c.linedefined, c.lastlinedefined, c.currentline)
print(c.nparams, c.isvararg, c.nups, c.func == print, c.namewhat, c.istailcall)
local v = debug.getinfo(function(...) end, "u")
print(v.nparams, v.isvararg, v.nups)

-- names at the call site
local m = {}
function m.field(x, y, z) return debug.getinfo(1, "n") end
function m:meth() return debug.getinfo(1, "n") end
GLOBALF = function() return debug.getinfo(1, "n") end
local r = m.field()
print(r.name, r.namewhat)
r = m:meth()
print(r.name, r.namewhat)
r = GLOBALF()
print(r.name, r.namewhat)
local function viaup() return GLOBALF() end
local function callup()
  local x = viaup()
  return x
end
r = callup()
print(r.name, r.namewhat)

-- one-line functions end where they start
local one = debug.getinfo(function(a, b, ...) return a end, "S")
print(one.linedefined, one.lastlinedefined)

-- the main chunk
local mainf = debug.getinfo(1, "Sfu")
print(mainf.what, mainf.linedefined, mainf.lastlinedefined, type(mainf.func), mainf.nparams, mainf.isvararg, mainf.nups)

-- closures of one function told apart
local made = {}
for k = 1, 3 do
  made[k] = function() return debug.getinfo(1, "f").func end
end
print(made[1]() == made[1], made[2]() == made[2], made[3]() == made[3], made[1]() == made[2])

-- inside a coroutine
local co = coroutine.wrap(function()
  local function inner()
    local d = debug.getinfo(1, "f")
    coroutine.yield(d.func == inner)
    return debug.getinfo(1, "nu")
  end
  local x = inner()
  coroutine.yield(x.nparams, x.nups, x.name, x.namewhat)
  return "end"
end)
print(co())
print(co())
print(co())

-- options
print(pcall(debug.getinfo, 1, ">S"))
print(pcall(debug.getinfo, 1, "S!"))
print(pcall(debug.getinfo, {}))
print(debug.getinfo(100))
