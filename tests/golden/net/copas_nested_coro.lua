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
-- thread 1 starts when thread 2 is done (a semaphore, not a head start in time: the
-- order holds however slow a loaded machine makes the I/O)
local second_done = copas.semaphore.new(1, 0, 60)
for t = 1, 2 do
  copas.addthread(function()
    if t == 1 then assert(second_done:take(1)) end
    local g = gen("t" .. t .. "-")
    local a, b = g(), g()
    print("thread", t, a, b)
    out[#out + 1] = a .. "+" .. b
    if t == 2 then second_done:give(1) end
  end)
end
copas.loop()
print(table.concat(out, " "))
