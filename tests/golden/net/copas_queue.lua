-- copas.queue: a producer and a consumer
local copas = require "copas"
local q = require("copas.queue").new()
copas.addthread(function()
  for i = 1, 3 do
    local item = q:pop(2)
    print("popped", item)
  end
  print("timeout pop", q:pop(0.05))
  q:stop()
end)
copas.addthread(function()
  for i = 1, 3 do
    copas.sleep(0.05)
    print("push", i, q:push("item" .. i))
  end
end)
copas.loop()
print("done")
