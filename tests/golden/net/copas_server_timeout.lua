-- copas.addserver with a timeout: a handler's reads time out when a client goes quiet;
-- removeserver with keep_open; a raw socket handed to a handler has timeout 0
local copas = require "copas"
local socket = require "socket"
local srv = assert(socket.bind("127.0.0.1", 0))
local _, port = srv:getsockname()
local log = {}
copas.addserver(srv, copas.handler(function(c)
  local t0 = socket.gettime()
  while true do
    local line, err = c:receive()
    if not line then
      log[#log + 1] = ("server: %s after %s"):format(err, socket.gettime() - t0 < 1 and "<1s" or ">=1s")
      break
    end
    log[#log + 1] = "server got " .. line
    c:send(line:upper() .. "\n")
  end
end), 0.2)
local srv2 = assert(socket.bind("127.0.0.1", 0))
local _, port2 = srv2:getsockname()
copas.addserver(srv2, function(raw)
  print("raw timeout", raw:gettimeout())
  log[#log + 1] = "raw: " .. table.concat({tostring(raw:receive())}, " ")
end)
copas.addthread(function()
  local c = copas.wrap(socket.tcp())
  assert(c:connect("127.0.0.1", port))
  c:send("hello\n")
  log[#log + 1] = "client got " .. c:receive()
  copas.sleep(0.5)  -- the server gives up meanwhile
  log[#log + 1] = "client after quiet: " .. table.concat({tostring(c:receive())}, " ")
  c:close()
  local d = copas.wrap(socket.tcp())
  assert(d:connect("127.0.0.1", port2))
  copas.sleep(0.1)
  d:send("late\n")
  copas.sleep(0.1)
  d:close()
  print("removeserver keep_open", copas.removeserver(srv, true), srv:getsockname() ~= nil)
  print("removeserver", copas.removeserver(srv2))
  srv:close()
end)
copas.loop()
for _, l in ipairs(log) do print(l) end
