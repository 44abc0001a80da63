-- how debug.traceback names each level (luaL_traceback: a global name, else the call site's
-- namewhat, else main chunk / function <file:line>), C levels included (no tail calls here:
-- lua5.4 drops a tail-calling level, lua2py keeps it)
local function tb(msg) return debug.traceback(msg, 2) end
local t = setmetatable({}, {
  __index = function(_, k) local r = tb("index " .. k) return r end,
  __newindex = function(_, k) print(tb("newindex " .. k)) end,
})
print(t.key)
t.other = 1
for _ in function() print(tb("iterator")) end do end
local function loc() print(tb("local")) end
loc()
local up = function() print(tb("upvalue")) end
local function calls_up() up() end
calls_up()
local obj = {}
function obj:method() print(tb("method")) end
obj:method()
obj.field = function() print(tb("field")) end
obj.field()
function global_function() print(tb("global")) end
global_function()
Lib = {nested = function() print(tb("global table's field")) end}
Lib.nested()
print(pcall(string.rep))
print(select(2, pcall(function() local r = tb("under pcall") return r end)))
table.sort({3, 1, 2}, function(a, b) if a == 3 and b == 1 then print(tb("comparator")) end return a < b end)
print((string.gsub("x", "x", function() local r = tb("gsub callback") return r end)))
local co = coroutine.wrap(function() print(tb("coroutine")) end)
co()
