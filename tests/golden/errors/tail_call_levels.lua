-- a tail call to a Lua function replaces the caller's frame (lua5.4): error levels,
-- debug.getinfo and tracebacks do not see the caller; a tail call to a C function,
-- and a `return f()` in the scope of a to-be-closed variable, keep it
local function check(v) if type(v) ~= "string" then error("expected a string", 3) end end
local function assert_string(v) return check(v) end
print(pcall(function() assert_string(1) end))
local function f() return check(2) end
print(pcall(f))
local function a() print(debug.traceback("tb")) return 1 end
local function b() return a() end
local function c() local r = b() return r end
c()
local function chain3() return a() end
local function chain2() return chain3() end
local function chain1() local r = chain2() return r end
chain1()
local function g() return error("direct", 2) end
print(pcall(function() g() end))
local function lvl(n)
  if n == 0 then return debug.getinfo(1, "t").istailcall, debug.getinfo(2, "l").currentline end
  return lvl(n - 1)
end
print(lvl(0))
print((function() return lvl(2) end)())
local t = setmetatable({}, {__call = function(self, x) print(debug.traceback("call")) return x end})
local function viacall() return t(5) end
print(viacall())
local function inner() error("level 2", 2) end
local function closing()
  local c <close> = setmetatable({}, {__close = function() end})
  return inner()
end
print(pcall(function() closing() end))
local function infor()
  for _ in pairs({1}) do return inner() end
end
print(pcall(function() infor() end))
print(coroutine.wrap(function()
  local function h() error("in co", 3) end
  local function k() return h() end
  return pcall(function() k() end)
end)())
