-- file I/O interleaved with network I/O inside copas threads
local copas = require "copas"
local socket = require "socket"
local port = tonumber(os.getenv("ECHO_PORT"))
local names = {}
for t = 1, 3 do
  copas.addthread(function()
    local name = os.tmpname()
    names[t] = name
    local f = assert(io.open(name, "w"))
    local c = copas.wrap(assert(socket.tcp()))
    assert(c:connect("127.0.0.1", port))
    for i = 1, 3 do
      c:send(("t%d line %d\n"):format(t, i))
      local l = c:receive("*l")
      f:write(l:upper(), "\n")
      copas.sleep(0.05 * t)
    end
    f:close()
    c:close()
    for l in io.lines(name) do print(t, l) end
    local f2 = assert(io.open(name, "a+"))
    f2:write("appended\n")
    f2:seek("set")
    print(t, #f2:read("a"))
    f2:close()
  end)
end
copas.loop()
for t = 1, 3 do print(t, os.remove(names[t])) end
