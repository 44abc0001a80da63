-- Expectations of our own (copas_nested_http.ownout, written for lua2py, NOT recorded with
-- lua5.4): copas.http requests made inside a user's coroutine.wrap generator, in copas
-- threads.  lua2py passes the I/O request through the user's resume to the copas loop, so
-- the generator sees only its own yields; real Copas would hand its internal yields to
-- the user's resume instead.
local copas = require "copas"
local http = require "copas.http"
local base = "http://127.0.0.1:" .. os.getenv("HTTP_PORT")
local function pages(paths)
  return coroutine.wrap(function()
    for _, p in ipairs(paths) do
      local body, code = http.request(base .. p)
      coroutine.yield(p, code, #body)
    end
  end)
end
local done = {}
-- thread 1 starts when thread 2 is done (a semaphore, not a head start in time: the
-- order holds however slow a loaded machine makes the requests)
local second_done = copas.semaphore.new(1, 0, 60)
for t = 1, 2 do
  copas.addthread(function()
    if t == 1 then assert(second_done:take(1)) end
    local g = pages(t == 1 and {"/text", "/status/404"} or {"/chunked", "/redirect/1"})
    for _ = 1, 2 do print(t, g()) end
    done[#done + 1] = t
    if t == 2 then second_done:give(1) end
  end)
end
copas.loop()
print(table.concat(done, ","))
