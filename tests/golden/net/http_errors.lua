-- socket.http errors: refused, timeout (http.TIMEOUT), bad URLs, unknown schemes
local http = require "socket.http"
local ltn12 = require "ltn12"
local socket = require "socket"
local E = os.getenv
local function show(...)
  local t = table.pack(...)
  local o = {}
  for i = 1, t.n do o[i] = tostring(t[i]) end
  print(t.n, table.concat(o, "  "))
end
show(http.request("http://127.0.0.1:" .. E"CLOSED_PORT" .. "/x"))
show(http.request{url = "http://127.0.0.1:" .. E"CLOSED_PORT" .. "/x", sink = ltn12.sink.table{}})
local function fails(...) local ok = pcall(...) print("fails", not ok) end
fails(http.request, "ftp://127.0.0.1/file")
fails(http.request, "gopher://127.0.0.1/")
fails(http.request, {url = "mailto:someone@example.com"})
show(pcall(http.request, "http://"))
show(pcall(http.request, "not a url"))
http.TIMEOUT = 0.2
local t0 = socket.gettime()
show(http.request("http://127.0.0.1:" .. E"STALL_PORT" .. "/"))
print(socket.gettime() - t0 < 2)
t0 = socket.gettime()
show(http.request("http://127.0.0.1:" .. E"HTTP_PORT" .. "/stall"))
show(http.request{url = "http://127.0.0.1:" .. E"HTTP_PORT" .. "/slow", sink = ltn12.sink.table{}})
print(socket.gettime() - t0 < 2)
-- a server that answers with something that is not HTTP
show(http.request("http://127.0.0.1:" .. E"SCRIPT_PORT" .. "/"))
show(http.request("http://127.0.0.1:" .. E"CLOSER_PORT" .. "/"))
-- HTTP/0.9 in the generic form: two results
local t = {}
show(http.request{url = "http://127.0.0.1:" .. E"CLOSER_PORT" .. "/", sink = ltn12.sink.table(t)})
print(#table.concat(t))
