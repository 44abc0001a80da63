-- copas threads each talking to the echo server, interleaved by sleeps
local copas = require "copas"
local socket = require "socket"
local port = tonumber(os.getenv("ECHO_PORT"))
for t = 1, 3 do
  copas.addthread(function()
    local c = copas.wrap(assert(socket.tcp()))
    assert(c:connect("127.0.0.1", port))
    copas.sleep(0.05 * t)
    for i = 1, 2 do
      c:send(("thread %d msg %d\n"):format(t, i))
      print(t, c:receive("*l"))
      copas.sleep(0.2)
    end
    c:send("abcdefghij")
    print(t, c:receive(4), c:receive(6))
    c:send("xyz")
    print(t, c:receive(3, "pre:"))
    c:close()
  end)
end
copas.loop()
print("all done")
