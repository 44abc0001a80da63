-- UDP sockets used by copas threads: each thread talks to the UDP echo server while the
-- others wait (the raw socket's receive runs inside the thread).  The replies are printed
-- sorted: the order in which the threads' steps interleave depends on timing under load.
local copas = require "copas"
local socket = require "socket"
local P = tonumber(os.getenv("UDP_PORT"))
local out = {}
for t = 1, 3 do
  copas.addthread(function()
    copas.sleep(0.1 * t)
    local u = assert(socket.udp())
    u:settimeout(2)
    assert(u:setpeername("127.0.0.1", P))
    for i = 1, 2 do
      u:send(("t%d m%d"):format(t, i))
      out[#out + 1] = u:receive()
      copas.sleep(0.5)
    end
    u:close()
  end)
end
copas.loop()
table.sort(out)
print(table.concat(out, " "))
