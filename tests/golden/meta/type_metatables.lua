-- debug.setmetatable for numbers, booleans, nil and functions (one metatable per type)
print(getmetatable(1), getmetatable(true), getmetatable(nil), getmetatable(print))
local nmt = {
  __index = function(n, k) if k == "double" then return n * 2 end return math[k] end,
  __concat = function(a, b) return "cat(" .. tostring(type(a)) .. "," .. tostring(type(b)) .. ")" end,
  __len = function(n) return n + 100 end,
  __name = "Num",
}
print(debug.setmetatable(10, nmt))
print(getmetatable(3) == nmt, getmetatable(2.5) == nmt, getmetatable(math.pi) == nmt)
local x = 21
print(x.double, (2.5).double, x.floor == math.floor, x.floor(3.7))
print(#x, #2.5)
print(x .. {}, {} .. 1.5)
print(x .. "s", 1 .. 2)          -- numbers concatenate without the metamethod
print(tostring(x), tostring(2.5), string.format("%s %d", x, x))
print(pcall(function() return x.nope.deeper end))
nmt.__tostring = function(n) return "<" .. math.type(n) .. ">" end
print(tostring(7), tostring(7.5), string.format("%s", 8))
print(7, 7.5)
nmt.__tostring = nil
-- number methods through __index tables
debug.setmetatable(0, {__index = {succ = function(n) return n + 1 end, abs = math.abs}})
local m = -5
print(m:succ(), m:abs(), (3):succ())
print(getmetatable(0).__index.succ(1))
-- booleans
local bmt = {
  __index = function(b, k) return k .. "=" .. tostring(b) end,
  __add = function(a, b) return "add" end,
  __unm = function(a) return "neg" end,
  __lt = function(a, b) return true end,
  __le = function(a, b) return false end,
  __concat = function(a, b) return "bcat" end,
  __eq = function() return true end,
}
debug.setmetatable(true, bmt)
local tt = true
print(getmetatable(false) == bmt, tt.x, (false).y)
local t, f = true, false
print(t + 1, 1 + f, -t, t < f, t <= f, f > 1, t .. "x", t == f, rawequal(t, f))
print(pcall(function() return t * 2 end))
-- nil
debug.setmetatable(nil, {__index = function(_, k) return "nil." .. tostring(k) end, __add = function() return 0 end})
local z
print(z.anything, z[1], z + 1, 1 + z)
print(pcall(function() return z.a.b end))
print(getmetatable(nil) ~= nil, getmetatable(nil).__index ~= nil)
debug.setmetatable(nil, nil)
print(pcall(function() return z.a end))
-- functions
local fmt = {__index = {arity = function(fn) return "fn" end}, __concat = function(a, b) return "fcat" end,
  __name = "Fn"}
debug.setmetatable(print, fmt)
local function g() end
print(getmetatable(g) == fmt, getmetatable(print) == fmt, g:arity(), type(print.arity), g .. 1)
print(tostring(g):match("^Fn: ") ~= nil, tostring(print):match("^Fn: ") ~= nil)
print(pcall(function() return g + 1 end))
print(pcall(function() return g < g end))
debug.setmetatable(g, nil)
print(getmetatable(print), tostring(g):match("^function: ") ~= nil)
-- __metatable protects them from getmetatable, not from debug.getmetatable
debug.setmetatable(0, {__metatable = "locked"})
print(getmetatable(1), type(debug.getmetatable(1)))
print(pcall(setmetatable, 1, {}))
-- errors keep the type name (luaT_objtypename uses __name for tables and userdata only)
debug.setmetatable(0, {__name = "Num"})
print(pcall(function() return x() end))
print(pcall(function() return x.y end))
print(pcall(function() return x < "a" end))
debug.setmetatable(0, nil)
debug.setmetatable(true, nil)
print(getmetatable(1), getmetatable(true), pcall(function() return x.y end))
-- inside a coroutine
debug.setmetatable(0, {__index = function(n, k) return k .. n end, __call = function(n, a) return n + a end})
print(coroutine.wrap(function() local v = 4; coroutine.yield(v.key) return v(1) end)())
debug.setmetatable(0, nil)
