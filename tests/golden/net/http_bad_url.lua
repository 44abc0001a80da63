-- socket.http: bad URLs and unknown schemes, error texts; https without LuaSec
local http = require "socket.http"
local E = os.getenv
local function show(...)
  local t = table.pack(...)
  local o = {}
  for i = 1, t.n do o[i] = tostring(t[i]) end
  print(t.n, table.concat(o, "  "))
end
show(pcall(http.request, "ftp://127.0.0.1/file"))
show(pcall(http.request, "gopher://127.0.0.1:70/"))
show(pcall(http.request, {url = "mailto:someone@example.com"}))
show(pcall(http.request, {url = "ftp://127.0.0.1/x", create = function() return nil, "nocreate" end}))
show(pcall(http.request, {url = "ftp://127.0.0.1:21/x", create = function() return nil, "nocreate" end}))
show(pcall(http.request, "http://"))
show(pcall(http.request, "http:///path"))
show(pcall(http.request, "not a url"))
show(pcall(http.request, ""))
show(pcall(http.request, {}))
show(pcall(http.request, {host = "127.0.0.1", port = E"HTTP_PORT"}))
show(pcall(http.request, {url = "http://127.0.0.1:" .. E"HTTP_PORT", path = false}))
show(pcall(http.request, "http://no.such.host.invalid/"))
show(pcall(http.request, "http://127.0.0.1:" .. E"CLOSED_PORT"))
show(pcall(http.request, "http://127.0.0.1:99999/"))
local r = table.pack(pcall(http.request, "http://127.0.0.1:" .. E"HTTP_PORT" .. "/status/404"))
print(r.n, r[1], r[2], r[3], type(r[4]), r[5])
show(pcall(http.request, 42))
show(pcall(http.request))
show(pcall(http.request, true, "body"))
print(http.schemes.http.port, http.schemes.https.port, type(http.schemes.http.create))
