-- TCP echo throughput: 20 copas client threads, each sending 2,000 lines one at a time
-- through a local echo server and reading each back
local copas = require "copas"
local socket = require "socket"
local port = tonumber(assert(os.getenv("ECHO_PORT")))
local C, L = tonumber(arg[1] or 20), tonumber(arg[2] or 2000)
local lines, bytes = 0, 0
for t = 1, C do
  copas.addthread(function()
    local s = copas.wrap(assert(socket.tcp()))
    assert(s:connect("127.0.0.1", port))
    local msg = ("client %d line "):format(t) .. ("."):rep(40)
    for i = 1, L do
      s:send(msg .. i .. "\n")
      local back = assert(s:receive("*l"))
      lines = lines + 1
      bytes = bytes + #back
    end
    s:close()
  end)
end
copas.loop()
print("lines", lines, "bytes", bytes)
