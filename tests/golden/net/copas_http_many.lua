-- copas.http: several requests in flight at once; results printed after the loop, in order
local copas = require "copas"
local http = require "copas.http"
local ltn12 = require "ltn12"
local port = os.getenv"HTTP_PORT"
local base = "http://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
local paths = {"/text", "/chunked", "/headers", "/redirect/2", "/status/404", "/close", "/echo/x"}
local res = {}
for i, p in ipairs(paths) do
  copas.addthread(function()
    local b, c, h, s = http.request(base .. p)
    res[i] = ("%s %s %s %d %s"):format(p, tostring(c), tostring(s), b and #b or -1,
      clean(h and h.location))
  end)
end
local order = {}
for i = 1, 3 do
  copas.addthread(function()
    copas.sleep(0.1 * (4 - i))
    local t = {}
    local r, c = http.request{url = base .. "/text", sink = ltn12.sink.table(t)}
    order[#order + 1] = i .. ":" .. c .. ":" .. #table.concat(t)
  end)
end
copas.loop()
for i = 1, #paths do print(res[i]) end
print(table.concat(order, " "))
