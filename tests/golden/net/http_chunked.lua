-- chunked responses, chunked uploads (a source with no length), and bodies until close
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
local function show(r, c, h, s) print(r, c, hdrs(h), s) end
local b, c, h, s = http.request(base .. "/chunked")
print(#b, c, hdrs(h), s)
print(b:sub(1, 20), b:sub(-5))
local t = {}
show(http.request{url = base .. "/chunked", sink = ltn12.sink.table(t)})
print(#t, #table.concat(t))
local r, c, h = http.request{url = base .. "/chunked", method = "HEAD", sink = ltn12.sink.table(t)}
print(r, c, hdrs(h))
-- a source function without a length: sent chunked
local parts = {"alpha ", "beta ", "", "gamma"}
local i = 0
local src = function()
  i = i + 1
  return parts[i]
end
t = {}
show(http.request{url = base .. "/echo", method = "POST", source = src, sink = ltn12.sink.table(t)})
print(clean(table.concat(t)))
-- ltn12 sources
t = {}
show(http.request{url = base .. "/echo", method = "PUT", sink = ltn12.sink.table(t),
  source = ltn12.source.cat(ltn12.source.string("one,"), ltn12.source.string("two"))})
print(clean(table.concat(t)))
t = {}
show(http.request{url = base .. "/echo", method = "PUT", sink = ltn12.sink.table(t),
  headers = {["transfer-encoding"] = "chunked"}, source = ltn12.source.string(string.rep("z", 5000))})
local body = table.concat(t)
print(#body, clean(body:sub(1, body:find("\n\n"))))
-- a source that fails
t = {}
show(http.request{url = base .. "/echo", method = "POST", sink = ltn12.sink.table(t),
  source = ltn12.source.error("source broke")})
local n = 0
show(http.request{url = base .. "/echo", method = "POST", sink = ltn12.sink.table(t),
  source = function() n = n + 1 if n == 1 then return "first" end return nil, "second failed" end})
-- an empty source
t = {}
show(http.request{url = base .. "/echo", method = "POST", sink = ltn12.sink.table(t), source = ltn12.source.empty()})
print(clean(table.concat(t)))
-- a body delimited by the server closing the connection
b, c, h = http.request(base .. "/close")
print(b, c, hdrs(h))
t = {}
show(http.request{url = base .. "/close", sink = ltn12.sink.table(t)})
print(table.concat(t))
