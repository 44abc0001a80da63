-- copas.connect / copas.send / copas.receive on raw sockets, copas.settimeout(s), wrapped sockets
local copas = require "copas"
local socket = require "socket"
local E = os.getenv
local function show(...)
  local t = table.pack(...)
  local o = {}
  for i = 1, t.n do o[i] = type(t[i]) .. ":" .. tostring(t[i]) end
  print(table.concat(o, "  "))
end
copas.addthread(function()
  local raw = socket.tcp()
  show(copas.connect(raw, "127.0.0.1", E"ECHO_PORT"))
  print(raw:gettimeout())
  show(copas.send(raw, "one\ntwo\n"))
  show(copas.receive(raw))
  show(copas.receive(raw, "*l"))
  show(copas.send(raw, "abcdef", 2, 4))
  show(copas.receive(raw, 3))
  show(copas.settimeout(raw, 0.2))
  local t0 = socket.gettime()
  show(copas.receive(raw, 5))
  print("timeout in time", socket.gettime() - t0 < 1)
  show(copas.settimeout(raw, "x"))
  show(copas.settimeouts(raw, nil, nil, "y"))
  show(copas.settimeouts(raw, 1, 1, nil))
  raw:close()
  -- a wrapped socket
  local w = copas.wrap(socket.tcp())
  print(type(w), tostring(w):match("^tcp{master}: 0x%x+ %(copas wrapped%)$") ~= nil, copas.wrap(w) == w)
  print(type(w.socket), w.socket:gettimeout())
  show(w:connect("127.0.0.1", E"ECHO_PORT"))
  print(tostring(w):match("^tcp{client}") ~= nil)
  show(w:send("wrapped\n"))
  show(w:receive())
  show(w:settimeout(0.1))
  show(w:receive())
  show(w:getpeername() == "127.0.0.1")
  show(w:getsockname() == "127.0.0.1")
  show(w:close())
  -- a stalling server under a copas timeout
  local s = copas.wrap(socket.tcp())
  s:settimeout(0.15)
  show(s:connect("127.0.0.1", E"STALL_PORT"))
  t0 = socket.gettime()
  show(s:receive("*a"))
  print("in time", socket.gettime() - t0 >= 0.1 and socket.gettime() - t0 < 1)
  s:close()
  -- refused
  local r = copas.wrap(socket.tcp())
  show(r:connect("127.0.0.1", E"CLOSED_PORT"))
end)
copas.loop()
