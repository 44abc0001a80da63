-- settimeout: block and total modes, gettimeout, partial results on timeout
local socket = require "socket"
local E = os.getenv
local function show(...)
  local t = table.pack(...)
  local o = {}
  for i = 1, t.n do o[i] = math.type(t[i]) or type(t[i]) .. ":" .. tostring(t[i]) end
  print(table.concat(o, "  "))
end
local function timed(lo, hi, f, ...)
  local t0 = socket.gettime()
  local r = table.pack(f(...))
  local dt = socket.gettime() - t0
  print(dt >= lo and dt < hi and "in time" or ("took " .. dt), table.unpack(r, 1, r.n))
end
local t = socket.tcp()
print(t:gettimeout())
print(t:settimeout(0.5), t:gettimeout())
print(t:settimeout(0.25, "t"), t:gettimeout())
print(t:settimeout(-1, "b"), t:gettimeout())
print(t:settimeout(nil, "t"), t:gettimeout())
print(t:settimeout(2, "r"), t:gettimeout())
print(t:settimeout(nil), t:gettimeout())
print(pcall(t.settimeout, t, 1, "x"))
print(pcall(t.settimeout, t, "abc"))
print(t:settimeout("0.5"), t:gettimeout())
t:settimeout(nil)
assert(t:connect("127.0.0.1", E"STALL_PORT"))
-- block mode: each wait limited
t:settimeout(0.2)
timed(0.15, 1, t.receive, t)
timed(0.15, 1, t.receive, t, 5, "pre")
-- total mode: the whole call limited
t:settimeout(nil)
t:settimeout(0.2, "t")
timed(0.15, 1, t.receive, t, "*a")
-- both: the smaller wins
t:settimeout(0.1, "b")
t:settimeout(1, "t")
timed(0.05, 0.8, t.receive, t, "*l")
-- zero: returns at once
t:settimeout(0)
timed(0, 0.1, t.receive, t, 1)
timed(0, 0.1, t.send, t, "x")
t:close()
-- a script server: data then a stall
local s = socket.tcp()
s:settimeout(0.2)
assert(s:connect("127.0.0.1", E"SCRIPT_PORT"))
timed(0, 0.5, s.receive, s)
timed(0, 0.5, s.receive, s, "*l")
timed(0, 0.5, s.receive, s, 5)
timed(0.15, 1, s.receive, s, "*a")
timed(0.15, 1, s.receive, s, "*l")
s:settimeout(0.1, "t")
timed(0.05, 1, s.receive, s, 100, "p:")
s:close()
-- accept timeouts on a server socket
local srv = assert(socket.bind("127.0.0.1", 0))
srv:settimeout(0.1)
timed(0.05, 1, srv.accept, srv)
srv:settimeout(0)
timed(0, 0.1, srv.accept, srv)
srv:close()
-- connect with a zero timeout to a listening port
local c = socket.tcp()
c:settimeout(0)
local r, e = c:connect("127.0.0.1", E"ECHO_PORT")
print(r == 1 or e == "timeout")
c:close()
