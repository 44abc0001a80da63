-- requires: lua-coxpcall
-- coxpcall: pcall/xpcall that let coroutines yield through them
package.path = package.path .. ";/usr/share/lua/5.3/?.lua"
local cox = require "coxpcall"  -- also defines the globals copcall and coxpcall
print(copcall(function(a, b) return a + b end, 1, 2))
print(copcall(error, "oops", 0))
print(coxpcall(function() error({code = 1}) end, function(e) return "handled " .. e.code end))
local co = coroutine.wrap(function()
  local ok, v = copcall(function()
    local got = coroutine.yield("yielded inside copcall")
    return got * 2
  end)
  return "done", ok, v
end)
print(co())
print(co(21))
print(coxpcall(function() return coroutine.running() ~= nil end, print))
print(coxpcall(function() local t = nil; return t.x end, function(e) return "E: " .. e end))
print(cox.pcall == copcall, cox.xpcall == coxpcall, type(cox.running))
