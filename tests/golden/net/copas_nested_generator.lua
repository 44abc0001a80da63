-- nested coroutines inside copas threads: generators (coroutine.wrap / resume) that do no I/O
-- themselves, consumed by threads that do socket I/O and sleep between the values
local copas = require "copas"
local socket = require "socket"
local port = tonumber(os.getenv("ECHO_PORT"))
local function words(s)
  return coroutine.wrap(function()
    for w in s:gmatch("%S+") do coroutine.yield(w) end
  end)
end
local log = {}
for t = 1, 3 do
  copas.addthread(function()
    copas.sleep(0.05 * t)
    local c = copas.wrap(socket.tcp())
    assert(c:connect("127.0.0.1", port))
    for w in words("alpha beta gamma") do
      c:send(t .. w .. "\n")
      local back = c:receive()
      log[#log + 1] = back
      copas.sleep(0.15)
    end
    -- a coroutine resumed by hand, yielding and receiving values
    local co = coroutine.create(function(a)
      local b = coroutine.yield(a * 2)
      local c2 = coroutine.yield(a + b)
      return "done", c2
    end)
    local r = {}
    for _, v in ipairs({t, 10, "x"}) do
      local ok, x, y = coroutine.resume(co, v)
      r[#r + 1] = tostring(ok) .. ":" .. tostring(x) .. (y and ":" .. y or "")
    end
    r[#r + 1] = coroutine.status(co)
    c:send(table.concat(r, ",") .. "\n")
    log[#log + 1] = c:receive()
    c:close()
  end)
end
copas.loop()
-- sorted: the threads' interleaving depends on timing (50 ms apart), not on the mechanism
table.sort(log)
for _, l in ipairs(log) do print(l) end
