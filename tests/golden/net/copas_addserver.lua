-- copas.addserver with a local listener; clients are copas threads; removeserver stops it
local copas = require "copas"
local socket = require "socket"
local srv = assert(socket.bind("127.0.0.1", 0))
local _, port = srv:getsockname()
local served = 0
copas.addserver(srv, copas.handler(function(c)
  while true do
    local line, err = c:receive("*l")
    if not line then break end
    if line == "quit" then c:send("bye\n") break end
    c:send(line:reverse() .. "\n")
  end
  served = served + 1
end))
local left = 3
for t = 1, 3 do
  copas.addthread(function()
    copas.sleep(0.05 * t)
    local c = copas.wrap(assert(socket.tcp()))
    assert(c:connect("127.0.0.1", port))
    for _, w in ipairs{"hello", "copas " .. t} do
      c:send(w .. "\n")
      print(t, c:receive())
    end
    c:send("quit\n")
    print(t, c:receive())
    c:close()
    left = left - 1
    if left == 0 then
      copas.sleep(0.05)
      copas.removeserver(srv)
    end
  end)
end
copas.loop()
print("served", served)
