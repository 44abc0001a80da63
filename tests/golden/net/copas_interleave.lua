-- copas threads interleaving: each thread steps with its own period (multiples of 50 ms)
local copas = require "copas"
local log = {}
local function worker(name, period, steps)
  return function()
    for i = 1, steps do
      copas.sleep(period)
      log[#log + 1] = name .. i
      print(name, i)
    end
    print(name, "done")
  end
end
copas.addthread(worker("a", 0.1, 3))
copas.addthread(worker("b", 0.25, 2))
copas.addthread(worker("c", 0.35, 2))
copas.addthread(function()
  print("immediate")
  copas.sleep(0)
  print("after yield")
end)
copas.loop()
print(table.concat(log, " "))
print(copas.finished())
