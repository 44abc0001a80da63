-- socket.http's generic (table) form: methods, headers, sinks, redirect = false, maxredirects, uri, step
local http = require "socket.http"
local ltn12 = require "ltn12"
local E = os.getenv
local port = E"HTTP_PORT"
local base = "http://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
local function hdrs(h)
  if type(h) ~= "table" then return tostring(h) end
  local k = {}
  for n, v in pairs(h) do k[#k+1] = n .. "=" .. v end
  table.sort(k)
  return clean("{" .. table.concat(k, "; ") .. "}")
end
local function show(r, c, h, s) print(math.type(r) or type(r), r == nil and "" or "", c, hdrs(h), s) end
local function req(t)
  local body = {}
  t.sink = t.sink or ltn12.sink.table(body)
  show(http.request(t))
  print(clean(table.concat(body)))
  print("--")
end
req{url = base .. "/echo"}
req{url = base .. "/echo", method = "DELETE"}
req{url = base .. "/echo", method = "PUT", headers = {["X-Custom"] = "yes", ["content-length"] = "4"},
    source = ltn12.source.string("data")}
req{url = base .. "/echo", headers = {host = "example.org", ["user-agent"] = "mine", connection = "close"}}
req{url = base .. "/redirect/2", redirect = false}
req{url = base .. "/redirect/2", maxredirects = 1}
req{url = base .. "/redirect/2", maxredirects = 2}
req{url = base .. "/redirect/1", method = "POST", source = ltn12.source.string("x"),
    headers = {["content-length"] = 1}}
req{url = base .. "/redirect/1/307", method = "HEAD"}
req{url = base .. "/nothing", uri = "/echo/by-uri?q=1"}
req{host = "127.0.0.1", port = port, path = "/echo/parts", query = "a=b", scheme = "http"}
req{url = base .. "/echo", step = ltn12.pump.step}
req{url = base .. "/headers"}
req{url = "http://u:p%41ss@127.0.0.1:" .. port .. "/echo"}
req{url = base .. "/echo", method = "OPTIONS", headers = {["X-A"] = 1, ["X-B"] = 2.5}}
-- a sink that fails stops the request
show(http.request{url = base .. "/text", sink = function(chunk, err)
  if chunk then return nil, "sink refuses" end
  return 1
end})
-- a sink that collects into a file
local name = os.tmpname()
local f = assert(io.open(name, "wb"))
show(http.request{url = base .. "/text", sink = ltn12.sink.file(f)})
print(io.open(name):read("a"))
os.remove(name)
-- the table form without a sink: the body is dropped
show(http.request{url = base .. "/text"})
