-- copas threads each talking to the echo server, interleaved by sleeps.
-- Each thread logs its lines and the log is printed per thread at the end: the order in
-- which the threads' steps interleave depends on timing (a loaded machine reorders them),
-- what each thread receives does not.
local copas = require "copas"
local socket = require "socket"
local port = tonumber(os.getenv("ECHO_PORT"))
local log = {}
for t = 1, 3 do
  log[t] = {}
  local function say(...)
    local parts = table.pack(...)
    for i = 1, parts.n do parts[i] = tostring(parts[i]) end
    log[t][#log[t] + 1] = table.concat(parts, "\t", 1, parts.n)
  end
  copas.addthread(function()
    local c = copas.wrap(assert(socket.tcp()))
    assert(c:connect("127.0.0.1", port))
    copas.sleep(0.05 * t)
    for i = 1, 2 do
      c:send(("thread %d msg %d\n"):format(t, i))
      say(t, c:receive("*l"))
      copas.sleep(0.2)
    end
    c:send("abcdefghij")
    say(t, c:receive(4), c:receive(6))
    c:send("xyz")
    say(t, c:receive(3, "pre:"))
    c:close()
  end)
end
copas.loop()
for t = 1, 3 do print(table.concat(log[t], "\n")) end
print("all done")
