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
for t = 1, 2 do
  copas.addthread(function()
    copas.sleep(0.1 * (3 - t))
    local g = pages(t == 1 and {"/text", "/status/404"} or {"/chunked", "/redirect/1"})
    for _ = 1, 2 do print(t, g()) end
    done[#done + 1] = t
  end)
end
copas.loop()
print(table.concat(done, ","))
