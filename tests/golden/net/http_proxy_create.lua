-- socket.http: requests through a proxy (reqt.proxy and http.PROXY) and a user create function
local http = require "socket.http"
local socket = require "socket"
local ltn12 = require "ltn12"
local E = os.getenv
local port = E"HTTP_PORT"
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
local t = {}
print((http.request{url = "http://example.invalid/echo?x=1", proxy = "http://127.0.0.1:" .. port,
  sink = ltn12.sink.table(t)}))
print(clean(table.concat(t)))
print("--")
http.PROXY = "http://127.0.0.1:" .. port .. "/"
local b, c = http.request("http://example.invalid:8080/a/b;p?q=2")
print(clean(b), c)
print("--")
b, c = http.request{url = "http://other.invalid/path", sink = ltn12.sink.table(t), proxy = false}
print(b, c)
http.PROXY = nil
print("--")
-- create: called with no arguments; the object it returns does the I/O
local log = {}
local function create(...)
  log[#log + 1] = "create " .. select("#", ...)
  local s = socket.tcp()
  local w = {}
  function w:settimeout(v, m) log[#log + 1] = "settimeout " .. tostring(v) .. " " .. tostring(m) return s:settimeout(v, m) end
  function w:connect(h, p) log[#log + 1] = "connect " .. h .. " " .. clean(p) .. " " .. type(p) return s:connect(h, p) end
  function w:send(...) return s:send(...) end
  function w:receive(...) return s:receive(...) end
  function w:close() log[#log + 1] = "close" return s:close() end
  return w
end
t = {}
print((http.request{url = "http://127.0.0.1:" .. port .. "/echo", create = create, sink = ltn12.sink.table(t)}))
print(clean(table.concat(t)))
print(table.concat(log, ", "))
log = {}
print((http.request{url = "http://127.0.0.1:" .. port .. "/redirect/1", create = create}))
print(table.concat(log, ", "))
-- create failing
print(http.request{url = "http://127.0.0.1:" .. port .. "/echo", create = function() return nil, "no socket for you" end})
print(pcall(http.request, {url = "http://127.0.0.1:" .. port .. "/echo", create = function() error("create blew up") end}))
-- a create whose connect fails
print(http.request{url = "http://127.0.0.1:" .. port .. "/echo", create = function()
  return {settimeout = function() return 1 end, connect = function() return nil, "refused by create" end,
          close = function() return 1 end}
end})
