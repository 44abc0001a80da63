-- coroutines doing socket and file I/O outside copas: a generator reading a file, a
-- coroutine echoing each line through the TCP echo server, another writing a file;
-- resumed from the main chunk, their I/O blocks, as with real LuaSocket
local socket = require "socket"
local port = tonumber(os.getenv("ECHO_PORT"))
local src, dst = os.tmpname(), os.tmpname()
local f = assert(io.open(src, "w"))
for i = 1, 5 do f:write(("line %d of the source\n"):format(i)) end
f:close()
local reader = coroutine.wrap(function()
  for l in io.lines(src) do coroutine.yield(l) end
  return nil
end)
local echoer = coroutine.create(function(c)
  local line = coroutine.yield("ready")
  while line do
    assert(c:send(line .. "\n"))
    local back, err = c:receive()
    line = coroutine.yield(back and back:upper() or err)
  end
  c:close()
  return "closed"
end)
local writer = coroutine.create(function()
  local out = assert(io.open(dst, "w"))
  local n = 0
  while true do
    local s = coroutine.yield(n)
    if not s then break end
    out:write(s, "\n")
    n = n + 1
  end
  out:close()
  return n
end)
local c = assert(socket.connect("127.0.0.1", port))
c:settimeout(2)
print(coroutine.resume(echoer, c))
print(coroutine.resume(writer))
for l in reader do
  local ok, up = coroutine.resume(echoer, l)
  print(ok, up, coroutine.status(echoer))
  print(coroutine.resume(writer, up))
end
print(coroutine.resume(echoer, nil))
print(coroutine.resume(writer, nil))
for l in io.lines(dst) do print("dst:", l) end
-- a coroutine that fails while doing I/O: the error comes back from resume
local bad = coroutine.create(function()
  local s = assert(socket.connect("127.0.0.1", tonumber(os.getenv("CLOSED_PORT"))))
  return s
end)
local ok, err = coroutine.resume(bad)
print(ok, (err:gsub("^.-:%d+: ", "")))
-- a coroutine yielding between timed-out receives on a stalling server
local stall = assert(socket.connect("127.0.0.1", tonumber(os.getenv("STALL_PORT"))))
stall:settimeout(0.05)
local poller = coroutine.wrap(function()
  for i = 1, 3 do coroutine.yield(i, stall:receive()) end
end)
for _ = 1, 3 do print(poller()) end
stall:close()
os.remove(src) os.remove(dst)
