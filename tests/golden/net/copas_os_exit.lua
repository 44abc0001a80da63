-- os.exit called inside a copas thread ends the program at once, with its status
local copas = require "copas"
copas.loop(function()
  copas.addthread(function()
    copas.pause(0.05)
    print("exiting")
    os.exit(3)
  end)
  copas.pause(1)
  print("not reached")
end)
print("not reached either")
