-- HEAD requests (generic form): headers only, the sink receives nothing
local http = require "socket.http"
local ltn12 = require "ltn12"
local port = os.getenv"HTTP_PORT"
local base = "http://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
local function hdrs(h)
  local k = {}
  for n, v in pairs(h) do k[#k+1] = n .. "=" .. v end
  table.sort(k)
  return clean(table.concat(k, "; "))
end
for _, p in ipairs{"/text", "/chunked", "/headers", "/status/404", "/echo", "/redirect/2", "/redirect/1/307"} do
  local t = {}
  local r, c, h, s = http.request{url = base .. p, method = "HEAD", sink = ltn12.sink.table(t)}
  print(p, r, c, s, #t, #table.concat(t))
  print("  " .. hdrs(h))
end
-- HEAD without a sink
local function nt(...) local t = table.pack(...) for i = 1, t.n do if type(t[i]) == "table" then t[i] = "<table>" end end return table.unpack(t, 1, t.n) end
print(nt(http.request{url = base .. "/text", method = "HEAD"}))
