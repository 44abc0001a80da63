-- a select-driven server with several clients: accept, per-client buffers, large transfers,
-- getstats, clients closing in turn
local socket = require "socket"
local srv = assert(socket.bind("127.0.0.1", 0))
local _, port = srv:getsockname()
srv:settimeout(0)
local clients = {}
for i = 1, 3 do
  clients[i] = assert(socket.connect("127.0.0.1", port))
  clients[i]:settimeout(2)
end
local conns, names = {}, {}
while #conns < 3 do
  local r = socket.select({srv}, nil, 1)
  if r[1] then
    local c = srv:accept()
    if c then
      c:settimeout(0)
      conns[#conns + 1] = c
    end
  end
end
print("accepted", #conns, srv:accept())
-- each client sends a line with its number; the server learns who is who
for i, c in ipairs(clients) do c:send("client" .. i .. "\n") end
local known = 0
while known < 3 do
  local r = socket.select(conns, nil, 1)
  for _, c in ipairs(r) do
    local line = c:receive()
    if line then names[c] = line known = known + 1 end
  end
end
-- the server answers each with a big block and the name
local big = string.rep("0123456789", 20000)
for _, c in ipairs(conns) do
  c:settimeout(2)
  print(names[c] ~= nil, c:send(big .. names[c] .. "\n"))
end
for i, c in ipairs(clients) do
  local data, err = c:receive(#big)
  local tail = c:receive()
  print(i, #data, data == big, tail, err)
  local rcv, snd = c:getstats()
  print(i, rcv, snd)
end
-- clients close one by one; the server sees "closed"
for i, c in ipairs(clients) do
  c:close()
  local r = socket.select(conns, nil, 1)
  for _, sc in ipairs(r) do
    print("closed", names[sc], sc:receive())
  end
  for j = #conns, 1, -1 do
    if names[conns[j]] == "client" .. i then conns[j]:close() table.remove(conns, j) end
  end
end
print(#conns, srv:close())
