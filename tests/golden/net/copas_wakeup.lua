-- copas.pauseforever / copas.wakeup, and copas.pause
local copas = require "copas"
local sleeper = copas.addthread(function()
  print("sleeping forever")
  copas.pauseforever()
  print("woken up")
end)
copas.addthread(function()
  copas.pause(0.1)
  print("waking the sleeper")
  copas.wakeup(sleeper)
end)
copas.loop()
print("done")
