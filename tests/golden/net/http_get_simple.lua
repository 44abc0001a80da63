-- socket.http simple form: GET, bodies, codes, sorted headers, status lines
local http = require "socket.http"
local port = os.getenv"HTTP_PORT"
local base = "http://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
local function hdrs(h)
  if type(h) ~= "table" then return tostring(h) end
  local k = {}
  for n, v in pairs(h) do k[#k+1] = n .. ": " .. v end
  table.sort(k)
  return clean(table.concat(k, " | "))
end
for _, p in ipairs{"/text", "/chunked", "/close", "/status/200", "/status/201", "/status/404",
                   "/status/418", "/status/503", "/nothing/here", "/echo/abc?q=%20x"} do
  local b, c, h, s = http.request(base .. p)
  print(p, c, s, #b)
  print("  " .. hdrs(h))
  print((("  " .. clean(b)):sub(1, 60):gsub("\n", "\\n")))
end
