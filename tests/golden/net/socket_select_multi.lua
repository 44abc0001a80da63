-- socket.select over several sockets: readiness, timeouts, reverse lookup by socket
local socket = require "socket"
local srv = assert(socket.bind("127.0.0.1", 0))
local _, port = srv:getsockname()
local clients, accepted = {}, {}
for i = 1, 4 do
  clients[i] = assert(socket.connect("127.0.0.1", port))
  accepted[i] = assert(srv:accept())
  accepted[i]:settimeout(1)
end
local function idx(list, s) for i, x in ipairs(list) do if x == s then return i end end end
local function ready(r)
  local t = {}
  for _, s in ipairs(r) do t[#t + 1] = idx(accepted, s) or ("c" .. tostring(idx(clients, s))) end
  table.sort(t, function(a, b) return tostring(a) < tostring(b) end)
  return table.concat(t, ",")
end
local r, w, e = socket.select(accepted, nil, 0.1)
print(#r, ready(r), e)
clients[2]:send("x\n")
clients[4]:send("y\n")
socket.sleep(0.05)
r, w, e = socket.select(accepted, nil, 1)
print(#r, ready(r), e, r[accepted[2]] ~= nil, r[accepted[1]] ~= nil)
for _, s in ipairs(r) do print(idx(accepted, s), s:receive()) end
r, w, e = socket.select(accepted, clients, 1)
print(#r, #w, ready(w), e)
-- listener readable when a connection waits
local extra = socket.connect("127.0.0.1", port)
r = socket.select({srv}, nil, 1)
print(#r, r[1] == srv)
local x = srv:accept()
r, w, e = socket.select({srv}, nil, 0.05)
print(#r, e)
-- a closed peer makes the socket readable; receive says "closed"
clients[3]:close()
r = socket.select(accepted, nil, 1)
print(#r, ready(r), accepted[3]:receive())
-- empty sets with a timeout
local t0 = socket.gettime()
r, w, e = socket.select({}, {}, 0.1)
print(#r, #w, e, socket.gettime() - t0 >= 0.09)
x:close() extra:close()
for i = 1, 4 do clients[i]:close() accepted[i]:close() end
srv:close()
