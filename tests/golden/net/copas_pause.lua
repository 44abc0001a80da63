-- copas.pause / sleep / pauseforever / wakeup: return values and ordering
local copas = require "copas"
local function between(x, lo, hi) return type(x) == "number" and x >= lo and x < hi end
local order = {}
local sleeper
copas.addthread(function()
  local d = copas.pause(0.1)
  print("pause(0.1)", between(d, 0.09, 0.5))
  d = copas.pause()
  print("pause()", between(d, 0, 0.1))
  d = copas.pause(-1)
  print("pause(-1)", between(d, 0, 0.1))
  print("sleep results", select("#", copas.sleep(0.01)))
  order[#order + 1] = "a"
end)
sleeper = copas.addthread(function()
  local d = copas.pauseforever()
  print("pauseforever woken", between(d, 0.15, 0.8))
  copas.sleep(-1)
  print("sleep(-1) woken")
  order[#order + 1] = "b"
end)
copas.addthread(function()
  copas.sleep(0.2)
  copas.wakeup(sleeper)
  copas.sleep(0.1)
  copas.wakeup(sleeper)
  copas.wakeup(sleeper)
  order[#order + 1] = "c"
end)
-- threads take turns at each pause
for _, name in ipairs{"x", "y"} do
  copas.addthread(function()
    for i = 1, 3 do
      order[#order + 1] = name .. i
      copas.pause()
    end
  end)
end
copas.loop()
print(table.concat(order, " "))
