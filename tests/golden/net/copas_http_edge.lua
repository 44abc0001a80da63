-- copas.http's own rules (its http.lua derives from LuaSocket 2's): any scheme is plain
-- HTTP, redirects capped at 5 (maxredirects ignored), reqt.timeout, create(reqt), the host
-- header from the URL's authority, user:password sent as is
local copas = require "copas"
local http = require "copas.http"
local socket = require "socket"
local ltn12 = require "ltn12"
local E = os.getenv
local port = E"HTTP_PORT"
local base = "http://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
print(http.TIMEOUT, http.PORT, http.SSLPORT, http.USERAGENT, http.PROXY)
copas.addthread(function()
  local t = {}
  local r, c = http.request{url = "ftp://127.0.0.1:" .. port .. "/echo", sink = ltn12.sink.table(t)}
  print("ftp scheme", r, c)
  print(clean(table.concat(t)))
  local b, c2, h = http.request(base .. "/redirect/6")
  print("redirect/6", b, c2, clean(h.location))
  r, c2, h = http.request{url = base .. "/redirect/3", maxredirects = 1}
  print("maxredirects ignored", r, c2, clean(h.location))
  r, c2, h = http.request{url = base .. "/redirect/3", redirect = false}
  print("redirect false", r, c2, clean(h.location))
  print("no host", http.request("http://"))
  print("no host generic", http.request{url = "http:///x"})
  local t0 = socket.gettime()
  print("timeout number", http.request{url = base .. "/stall", timeout = 0.2})
  print("timeout table", http.request{url = base .. "/stall", timeout = {receive = 0.2}})
  print("in time", socket.gettime() - t0 < 2)
  local ok, err = pcall(http.request, {url = base .. "/text", timeout = {read = 1}})
  print(ok, (err:gsub("^.*http%.lua:%d+: ", "")))
  local seen
  t = {}
  r, c2 = http.request{url = base .. "/echo", sink = ltn12.sink.table(t), create = function(req)
    seen = type(req) .. " " .. tostring(req.scheme) .. " " .. clean(req.host) .. " " .. clean(req.port)
    return socket.tcp()
  end}
  print("create", seen, r, c2)
  t = {}
  http.request{url = "http://u:p%41ss@127.0.0.1:" .. port .. "/echo", sink = ltn12.sink.table(t)}
  print((clean(table.concat(t)):match("authorization: [^\n]*")))
  t = {}
  http.request{url = "http://127.0.0.1:" .. port .. "/echo?q=1", sink = ltn12.sink.table(t), method = "DELETE"}
  print((clean(table.concat(t)):gsub("\n", " | ")))
end)
copas.loop()
