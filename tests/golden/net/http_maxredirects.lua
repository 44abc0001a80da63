-- maxredirects in the generic form, and the default limit of the simple form
local http = require "socket.http"
local ltn12 = require "ltn12"
local port = os.getenv"HTTP_PORT"
local base = "http://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
for _, n in ipairs{0, 1, 2, 3, 5} do
  for _, max in ipairs{1, 2, 3} do
    local t = {}
    local r, c, h = http.request{url = base .. "/redirect/" .. n, maxredirects = max, sink = ltn12.sink.table(t)}
    print(n, max, r, c, clean(type(h) == "table" and tostring(h.location) or h), (table.concat(t):gsub("\n", "")))
  end
end
for _, n in ipairs{4, 5, 6, 7} do
  local b, c, h = http.request(base .. "/redirect/" .. n)
  print(n, clean(b), c, clean(type(h) == "table" and tostring(h.location) or h))
end
