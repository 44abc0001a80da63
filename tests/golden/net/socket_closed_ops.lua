-- operations on closed sockets: udp.c treats recv's 'closed' as an empty datagram, recvfrom then
-- fails naming the sender, and a send's 'closed' is 'refused'; tcp objects change class
local socket = require "socket"
local u = socket.udp()
u:setsockname("127.0.0.1", 0)
u:close()
print(pcall(u.receive, u))
print(pcall(u.receivefrom, u))
print(pcall(u.send, u, "x"))
print(pcall(u.sendto, u, "x", "127.0.0.1", 9))
local t = socket.tcp()
t:close()
print(pcall(t.receive, t))
print(pcall(t.send, t, "x"))
