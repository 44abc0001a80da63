-- __gc of tables: which collection finds them, the order (newest mark first), the field
-- read at finalization time, resurrection, re-marking, and the close at the end
local mt = {__gc = function(o) print("gc", o.name) end}
collectgarbage()  -- (finish the cycle lua5.4 may have under way: what follows is then one cycle each)
local keep = {}
for i = 1, 5 do
  local o = setmetatable({name = "o" .. i}, mt)
  if i % 2 == 0 then keep[#keep + 1] = o end
end
collectgarbage()
print("after collect 1")
keep = nil
collectgarbage()
print("after collect 2")

-- not marked: the metatable had no __gc when it was set
local mt2 = {}
local u = setmetatable({name = "late"}, mt2)
mt2.__gc = function(o) print("gc", o.name) end
u = nil
collectgarbage()

-- marked, then the field removed: nothing is called
local mt3 = {__gc = function(o) print("gc", o.name) end}
local v = setmetatable({name = "removed"}, mt3)
mt3.__gc = nil
v = nil
collectgarbage()

-- the field replaced: the new one is called
local mt4 = {__gc = function(o) print("old gc", o.name) end}
local w = setmetatable({name = "replaced"}, mt4)
mt4.__gc = function(o) print("new gc", o.name) end
w = nil
collectgarbage()

-- resurrection: finalized once
saved = nil
local r = setmetatable({name = "res"}, {__gc = function(o) print("gc", o.name); saved = o end})
r = nil
collectgarbage()
print("saved", saved and saved.name)
saved = nil
collectgarbage()
print("not finalized again")

-- marked again after its finalizer ran
local z = setmetatable({name = "z1"}, {__gc = function(o) print("gc", o.name); saved = o end})
z = nil
collectgarbage()
setmetatable(saved, {__gc = function(o) print("gc again", o.name) end})
saved = nil
collectgarbage()

-- a metatable changed on a marked table: the current one's __gc runs
local c = setmetatable({name = "changed"}, mt)
setmetatable(c, {__gc = function(o) print("gc via new metatable", o.name) end})
c = nil
collectgarbage()

-- debug.setmetatable marks too; a table with __call as __gc
local d = debug.setmetatable({name = "debug"}, {__gc = setmetatable({}, {__call = function(self, o) print("callable gc", o.name) end})})
d = nil
collectgarbage()

-- finalizers of tables alive at the end run at the close, newest first, with the
-- libraries still there
local atexit1 = setmetatable({name = "exit1"}, mt)
local atexit2 = setmetatable({name = "exit2"}, {__gc = function(o)
  print("gc", o.name, type(io.write), string.format("%d", 42))
  io.write("still writing\n")
end})
global_one = setmetatable({name = "global"}, mt)
print("end")
