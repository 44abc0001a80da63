-- socket.http against the loopback HTTP server of tests/servers.py
local http = require "socket.http"
local ltn12 = require "ltn12"
local E = os.getenv
local port = E"HTTP_PORT"
local base = "http://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
local function hdrs(h)
  if type(h) ~= "table" then return tostring(h) end
  local k = {}
  for n, v in pairs(h) do
    if n ~= "date" and n ~= "server" then k[#k+1] = n .. "=" .. v end
  end
  table.sort(k)
  return clean("{" .. table.concat(k, "; ") .. "}")
end
local function show(b, c, h, s) print(type(b), clean(b), type(c), c, hdrs(h), s) end
print(http.TIMEOUT, http.USERAGENT, http.PROXY)
show(http.request(base .. "/text"))
show(http.request(base .. "/headers"))
show(http.request(base .. "/redirect/3"))
show(http.request(base .. "/redirect/6"))
show(http.request(base .. "/redirect/2/301"))
show(http.request(base .. "/redirect/1/303"))
show(http.request(base .. "/redirect/1/307"))
show(http.request(base .. "/relredirect"))
show(http.request(base .. "/chunked"))
show(http.request(base .. "/status/404"))
show(http.request(base .. "/status/500"))
show(http.request(base .. "/status/204"))
show(http.request(base .. "/status/304"))
show(http.request(base .. "/close"))
show(http.request(base .. "/echo", "a=1&b=2"))
show(http.request(base .. "/echo?x=1#frag"))
local t = {}
show(http.request{url = base .. "/echo", method = "PUT", source = ltn12.source.string("payload"),
  headers = {["content-length"] = 7, ["X-Custom"] = "v"}, sink = ltn12.sink.table(t)})
print(clean(table.concat(t)))
t = {}
show(http.request{url = base .. "/echo", method = "POST", source = ltn12.source.string("chunky"),
  sink = ltn12.sink.table(t)})
print(clean(table.concat(t)))
t = {}
show(http.request{url = base .. "/redirect/2", method = "POST", sink = ltn12.sink.table(t)})
print(table.concat(t))
t = {}
show(http.request{url = base .. "/redirect/2", method = "HEAD", sink = ltn12.sink.table(t)})
print(#t)
t = {}
show(http.request{url = base .. "/redirect/2", redirect = false, sink = ltn12.sink.table(t)})
print(table.concat(t))
t = {}
show(http.request{url = base .. "/redirect/4", maxredirects = 2, sink = ltn12.sink.table(t)})
print(table.concat(t))
show(http.request{url = base .. "/text"})
show(http.request{scheme = "http", host = "127.0.0.1", port = port, path = "/text", sink = ltn12.sink.null()})
t = {}
show(http.request{url = base .. "/echo", headers = {host = "example.org", ["user-agent"] = "mine"},
  sink = ltn12.sink.table(t)})
print(clean(table.concat(t)))
show(http.request("http://127.0.0.1:" .. E"CLOSED_PORT" .. "/"))
show(http.request("http://no.such.host.invalid/"))
show(http.request("nourl"))
http.TIMEOUT = 0.5
show(http.request(base .. "/stall"))
show(http.request(base .. "/slow"))
print(http.TIMEOUT)
