-- debug.getinfo and debug.traceback inside an xpcall message handler see the stack of the
-- error being handled (the handler runs on top of it), C levels included; traceback's level
local function levels()
  local t = {}
  for i = 1, 10 do
    local info = debug.getinfo(i, "Sl")
    if not info then break end
    t[#t + 1] = i .. "=" .. info.what .. ":" .. info.short_src .. ":" .. info.currentline
  end
  return table.concat(t, " ")
end
local function inner() error("boom") end
local function middle() inner() end
print(xpcall(middle, function(e) return e .. " | " .. levels() end))
local function index_nil() local t = nil; return t.x end
print(xpcall(index_nil, function(e) return e .. " | " .. levels() end))
print(levels())
print(xpcall(middle, function(e) return debug.traceback(e, 1) end))
print(xpcall(middle, function(e) return debug.traceback(e, 2) end))
print(xpcall(middle, debug.traceback))
print(debug.traceback("x", 1))
print(debug.traceback("x", 2))
print(debug.traceback("x", 3))
-- names: a global function, a field of a global table, a method, a library function
Glob = {}
function Glob.h() local r = Glob:g() return r end
function Glob:g() local r = debug.traceback("in g") return r end
function global_fn() print(Glob.h()) end
global_fn()
print(select(2, xpcall(string.rep, debug.traceback)))
table.sort({3, 2, 1}, function(a, b) if a == 3 then print(debug.traceback("cmp")) end return a < b end)
-- what busted does to find the failing line: skip C levels upwards from the handler
local function find_caller(level)
  local info = debug.getinfo(level, "Sl")
  while info and info.what == "C" do
    level = level + 1
    info = debug.getinfo(level, "Sl")
  end
  return info and (info.short_src .. ":" .. info.currentline)
end
print(xpcall(function() error({}) end, function(e) return find_caller(3) end))
-- getinfo(level, "f").func is the running function
local function me() return debug.getinfo(1, "f").func end
print(me() == me, debug.getinfo(1, "f").func ~= nil)
local function outer() return debug.getinfo(2, "f").func end
local function caller_of_outer() return outer() == caller_of_outer end
print(caller_of_outer())
