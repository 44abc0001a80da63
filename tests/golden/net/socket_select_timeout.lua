-- socket.select: timeouts, empty sets, writable sockets, dirty buffers, closed sockets
local socket = require "socket"
local E = os.getenv
local function timed(lo, hi, ...)
  local t0 = socket.gettime()
  local r, w, e = socket.select(...)
  local dt = socket.gettime() - t0
  print(dt >= lo and dt < hi and "in time" or ("took " .. dt), #r, #w, e)
  return r, w, e
end
local stall = assert(socket.connect("127.0.0.1", E"STALL_PORT"))
timed(0.15, 1, {stall}, nil, 0.2)
timed(0.15, 1, {stall}, {}, 0.2)
timed(0, 0.1, {stall}, nil, 0)
timed(0.05, 1, nil, nil, 0.1)
timed(0.05, 1, {}, {}, 0.1)
local r, w = timed(0, 0.5, nil, {stall}, 1)
print(w[1] == stall, w[stall])
r, w = timed(0, 0.5, {stall}, {stall}, 1)
print(w[1] == stall, r[1])
-- a socket with buffered data is readable at once
local s = assert(socket.connect("127.0.0.1", E"SCRIPT_PORT"))
s:settimeout(1)
print(s:receive())
print(s:dirty())
r = timed(0, 0.1, {s}, nil, 1)
print(r[1] == s, r[s])
print(s:receive(), s:receive(), s:receive())
print(s:dirty())
r = timed(0, 0.1, {s}, nil, 0.1)
print(s:receive("*a"))
r = timed(0.05, 1, {s}, nil, 0.1)
-- closing a peer makes the socket readable
local c = assert(socket.connect("127.0.0.1", E"CLOSER_PORT"))
socket.sleep(0.05)
r = timed(0, 0.5, {c}, nil, 1)
print(r[1] == c, c:receive("*a"))
r = timed(0, 0.5, {c}, nil, 1)
print(c:receive())
-- closed sockets in the sets are ignored
c:close()
timed(0.05, 1, {c}, nil, 0.1)
timed(0.05, 1, {c, stall}, {c}, 0.1)
-- tables that are not sockets but have getfd
local fake = {getfd = function() return -1 end, dirty = function() return false end}
timed(0.05, 1, {fake}, nil, 0.1)
-- a negative timeout means wait forever; with a readable socket it returns
local e = assert(socket.connect("127.0.0.1", E"ECHO_PORT"))
e:send("x\n")
r = timed(0, 1, {e}, nil, -1)
print(e:receive())
e:send("y\n")
r = timed(0, 1, {e}, nil)
print(e:receive())
print(pcall(socket.select, 1, nil, 0))
print(pcall(socket.select, nil, nil, "x"))
stall:close() s:close() e:close()
