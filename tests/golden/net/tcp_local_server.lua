-- a server and a client in the same program: bind/accept, exchanging lines and blocks
local socket = require "socket"
local function show(...)
  local t = table.pack(...)
  local o = {}
  for i = 1, t.n do o[i] = type(t[i]) .. ":" .. tostring(t[i]) end
  print((table.concat(o, "  "):gsub("\n", "\\n")))
end
local srv = assert(socket.bind("127.0.0.1", 0))
local _, port = srv:getsockname()
srv:settimeout(1)
local c = assert(socket.connect("127.0.0.1", port))
c:settimeout(1)
local a = assert(srv:accept())
a:settimeout(1)
for i = 1, 3 do
  show(c:send("request " .. i .. "\n"))
  local line = a:receive("*l")
  show(a:send(line:upper() .. "\n" .. ("#"):rep(i * 10)))
  show(c:receive("*l"))
  show(c:receive(i * 10))
end
-- shutdown one direction: the other side reads the rest then "closed"
show(a:send("tail data"))
show(a:shutdown("send"))
show(c:receive("*a"))
show(c:send("after shutdown\n"))
show(a:receive("*l"))
show(c:close())
show(a:receive("*a"))
show(a:close())
-- several clients queued on the listener
local cs = {}
for i = 1, 3 do cs[i] = assert(socket.connect("127.0.0.1", port)) end
for i = 1, 3 do cs[i]:send("client " .. i .. "\n") end
local got = {}
for i = 1, 3 do
  local s = assert(srv:accept())
  s:settimeout(1)
  got[#got + 1] = s:receive()
  s:send("bye\n")
  s:close()
end
table.sort(got)
print(table.concat(got, ","))
for i = 1, 3 do show(cs[i]:receive("*a")) cs[i]:close() end
srv:close()
show(srv:accept())
