-- functions from a module loaded with require can yield
package.path = "./data/?.lua;" .. package.path
local mod = require("yieldmod")
local co = coroutine.create(function()
  local r = mod.counter(3)
  print("counter returned", r)
  print(mod.ask("why"))
  return "all done"
end)
for i = 1, 6 do print(coroutine.resume(co, i)) end
-- errors keep the module's file name and line
local w = coroutine.wrap(mod.fail)
print(w())
print(pcall(w))
-- require itself is a C function: a module whose top level yields
local co2 = coroutine.create(function() return require("yieldtop") end)
print(coroutine.resume(co2))
print(package.loaded.yieldtop)
