-- copas.lock: one holder at a time, waiters served in order
local copas = require "copas"
local lock = require("copas.lock").new()
for i = 1, 3 do
  copas.addthread(function()
    copas.sleep((i - 1) * 0.05)
    print(i, "wants")
    assert(lock:get())
    print(i, "has")
    copas.sleep(0.2)
    print(i, "releases", lock:release())
  end)
end
copas.loop()
print("done")
