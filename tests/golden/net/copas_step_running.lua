-- copas.step, copas.finished and copas.running (a field in Copas 4) driven by hand
local copas = require "copas"
print(type(copas.running), copas.running, copas.finished())
local log = {}
copas.addthread(function()
  log[#log + 1] = "t1 start " .. tostring(copas.running)
  copas.sleep(0.1)
  log[#log + 1] = "t1 end"
end)
copas.addthread(function()
  log[#log + 1] = "t2 start"
  copas.sleep(0.05)
  log[#log + 1] = "t2 end"
end)
print("finished before", copas.finished())
local steps = 0
while not copas.finished() do
  copas.step(0.02)
  steps = steps + 1
end
print("steps > 2", steps > 2, "running", copas.running)
print(table.concat(log, ", "))
print(copas.finished())
-- a step with nothing to do
print(copas.step(0.01))
-- copas.loop sets running while it runs
copas.addthread(function() print("inside loop", copas.running) end)
copas.loop()
print("after loop", copas.running, copas.finished())
print(type(copas.gettime()), copas.gettime() > 0)
