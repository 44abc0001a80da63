-- copas.receivefrom/copas.sendto on raw UDP sockets and the UDP methods of copas-wrapped
-- ones: a receive waits inside its thread while the others run
local copas = require "copas"
local socket = require "socket"
local srv = assert(socket.udp())
assert(srv:setsockname("127.0.0.1", 0))
local _, port = srv:getsockname()
local wsrv = copas.wrap(srv)
local out = {}
copas.addthread(function()
  for _ = 1, 2 do
    local data, ip, p = wsrv:receivefrom()
    out[#out + 1] = "server got " .. data .. " from " .. ip .. " " .. tostring(type(p))
    wsrv:sendto(data:upper(), ip, p)
  end
end)
copas.addthread(function()
  local u = assert(socket.udp())
  assert(u:setsockname("127.0.0.1", 0))
  u:settimeout(0)
  out[#out + 1] = "sendto " .. tostring(copas.sendto(u, "hello", "127.0.0.1", port))
  local data, ip = copas.receivefrom(u)
  out[#out + 1] = "raw got " .. data .. " " .. ip
  local w = copas.wrap(socket.udp())
  assert(w:setpeername("127.0.0.1", port))
  w:send("second")
  out[#out + 1] = "wrapped got " .. w:receive()
  copas.settimeout(u, 0.1)
  out[#out + 1] = "timeout: " .. table.concat({tostring(copas.receivefrom(u))}, " ") .. " " .. select(2, copas.receivefrom(u))
end)
copas()
print(table.concat(out, "\n"))
