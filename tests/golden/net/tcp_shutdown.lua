-- shutdown: half-closing a connection, invalid modes, after close
local socket = require "socket"
local E = os.getenv
local function show(...)
  local t = table.pack(...)
  local o = {}
  for i = 1, t.n do o[i] = type(t[i]) .. ":" .. tostring(t[i]) end
  print(table.concat(o, "  "))
end
local c = assert(socket.connect("127.0.0.1", E"ECHO_PORT"))
c:settimeout(2)
show(c:send("one\ntwo\nthree"))
show(c:shutdown("send"))
-- the echo server sees EOF after our data and closes: we get it all, then closed
show(c:receive("*l"))
show(c:receive("*a"))
show(c:receive("*a"))
show(c:receive())
show(c:send("more"))
show(c:shutdown())
show(c:shutdown("receive"))
show(c:shutdown("both"))
print(pcall(c.shutdown, c, "sideways"))
print(pcall(c.shutdown, c, 42))
show(c:close())
show(c:shutdown("send"))
print(pcall(c.shutdown, c, "bad"))
-- shutdown of a master socket is a class error
local m = socket.tcp()
print(pcall(m.shutdown, m))
-- shutting down the receive side of a connection
local d = assert(socket.connect("127.0.0.1", E"CLOSER_PORT"))
d:settimeout(1)
show(d:receive())
show(d:shutdown("receive"))
show(d:receive("*a"))
d:close()
-- both ways
local e = assert(socket.connect("127.0.0.1", E"ECHO_PORT"))
e:settimeout(1)
show(e:shutdown("both"))
show(e:send("x"))
show(e:receive())
e:close()
