-- socket.http generic form: sinks, request headers, return values
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
local function nt(...) local t = table.pack(...) for i = 1, t.n do if type(t[i]) == "table" then t[i] = "<table>" end end return table.unpack(t, 1, t.n) end
local t = {}
local r, c, h, s = http.request{url = base .. "/chunked", sink = ltn12.sink.table(t)}
print(r, c, s, #t > 0, #table.concat(t))
print(hdrs(h))
t = {}
r, c, h = http.request{url = base .. "/echo/h", sink = ltn12.sink.table(t),
  headers = {["X-One"] = "1", ["x-two"] = "two words", ["user-agent"] = "mine/1.0", accept = "*/*"}}
print(r, c)
print(clean(table.concat(t)))
-- a sink that counts
local n, calls = 0, 0
local function counter(chunk, err)
  calls = calls + 1
  if chunk then n = n + #chunk end
  return 1
end
print(nt(http.request{url = base .. "/chunked", sink = counter}))
print(n, calls > 1)
-- sink.null and a chained sink
print(nt(http.request{url = base .. "/text", sink = ltn12.sink.null()}))
t = {}
local up = ltn12.sink.chain(function(x) return x and x:upper() end, (ltn12.sink.table(t)))
print(nt(http.request{url = base .. "/text", sink = up}))
io.write(table.concat(t))
-- no sink at all: body discarded
print(nt(http.request{url = base .. "/text"}))
