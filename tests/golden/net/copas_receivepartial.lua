-- copas.receivepartial (and a wrapped socket's receivepartial, and its receive when the
-- receive timeout is 0): returns as soon as data came, with "timeout" and the partial data
-- when the pattern is not complete; receive waits for the whole pattern (or its timeout)
local copas = require "copas"
local socket = require "socket"
local port = tonumber(os.getenv("SCRIPT_PORT"))  -- sends a script, then stalls
local function q(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = type(t[i]) == "string" and string.format("%q", t[i]) or tostring(t[i]) end
  return table.concat(t, " ", 1, t.n)
end
copas.loop(function()
  local c = copas.wrap(socket.tcp())
  assert(c:connect("127.0.0.1", port))
  c:settimeout(1)
  print("line", q(c:receivepartial()))
  print("10 bytes", q(c:receivepartial(10)))
  print("*a", q(c:receivepartial("*a")))
  print("with prefix", q(c:receivepartial("*a", "pre:")))
  c:close()

  local r = socket.tcp()
  assert(copas.connect(r, "127.0.0.1", port))
  copas.settimeout(r, 0.3)
  print("receive *a", q(copas.receive(r, "*a")))
  r:close()

  local p = socket.tcp()
  assert(copas.connect(p, "127.0.0.1", port))
  copas.settimeout(p, 1)
  print("copas.receivepartial 100", q(copas.receivepartial(p, 100)))
  print("receivePartial", copas.receivePartial == copas.receivepartial)
  p:close()

  local z = copas.wrap(socket.tcp())
  assert(z:connect("127.0.0.1", port))
  z:settimeouts(nil, nil, 0)
  copas.pause(0.1)
  print("timeout 0 receive", q(z:receive("*a")))
  z:close()
end)
print("done")
