-- closing a socket another thread waits on (copas.close, or the wrapped socket's close)
-- ends that thread's wait with an error, and the loop finishes
local copas = require "copas"
local socket = require "socket"
local port = tonumber(os.getenv("STALL_PORT"))
copas.loop(function()
  local a = copas.wrap(socket.tcp())
  local b = socket.tcp()
  copas.addthread(function()
    assert(a:connect("127.0.0.1", port))
    print("a receive", a:receive())
  end)
  copas.addthread(function()
    assert(copas.connect(b, "127.0.0.1", port))
    print("b receive", copas.receive(b, 10))
  end)
  -- a sender stuck on a peer that reads nothing: its send ends "closed" too
  local c = copas.wrap(socket.tcp())
  copas.addthread(function()
    assert(c:connect("127.0.0.1", port))
    local ok, err = true, nil
    while ok do ok, err = c:send(("hello world"):rep(1000)) end
    print("c send", ok, err)
  end)
  copas.pause(0.2)
  print("closing a", a:close())
  print("closing b", copas.close(b))
  print("closing c", c:close())
end)
print("done")
