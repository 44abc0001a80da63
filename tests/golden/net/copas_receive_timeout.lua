-- copas-wrapped sockets with timeouts: partial results, the other threads keep running
local copas = require "copas"
local socket = require "socket"
copas.addthread(function()
  local c = copas.wrap(assert(socket.tcp()))
  assert(c:connect("127.0.0.1", tonumber(os.getenv"SCRIPT_PORT")))
  c:settimeout(0.25)
  print("A", c:receive("*l"))
  print("A", c:receive(100))
  print("A", c:receive("*a"))
  c:close()
end)
copas.addthread(function()
  local c = copas.wrap(assert(socket.tcp()))
  assert(c:connect("127.0.0.1", tonumber(os.getenv"STALL_PORT")))
  c:settimeout(0.45)
  print("B", c:receive("*l", "prefix"))
  c:close()
end)
copas.addthread(function()
  for i = 1, 4 do copas.sleep(0.1) print("ticker", i) end
end)
copas.loop()
print("done")
