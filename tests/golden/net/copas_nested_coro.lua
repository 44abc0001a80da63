-- Expectations of our own (copas_nested_coro.ownout, written for lua2py, NOT recorded
-- with lua5.4): socket I/O inside a user's nested coroutine.resume, in a copas thread.
-- lua2py deliberately keeps that I/O asynchronous: the request travels through the
-- user's resume up to the copas loop, and the inner coroutine sees only its own
-- yields.  Under real Copas the inner resume would instead receive Copas's internal
-- yields (the wait on the socket), so lua5.4's output differs.
local copas = require "copas"
local socket = require "socket"
local port = tonumber(os.getenv("ECHO_PORT"))
local function gen(msg)
  return coroutine.wrap(function()
    local c = copas.wrap(assert(socket.connect("127.0.0.1", port)))
    for i = 1, 2 do
      c:send(msg .. i .. "\n")
      coroutine.yield(c:receive("*l"))
    end
    c:close()
  end)
end
local out = {}
for t = 1, 2 do
  copas.addthread(function()
    copas.sleep(0.05 * (3 - t))
    local g = gen("t" .. t .. "-")
    local a, b = g(), g()
    print("thread", t, a, b)
    out[#out + 1] = a .. "+" .. b
  end)
end
copas.loop()
print(table.concat(out, " "))
