-- socket.http with file sinks and sources (ltn12.sink.file / ltn12.source.file)
local http = require "socket.http"
local ltn12 = require "ltn12"
local base = "http://127.0.0.1:" .. os.getenv("HTTP_PORT")
local name = os.tmpname()
local r, c = http.request{url = base .. "/chunked", sink = ltn12.sink.file(assert(io.open(name, "wb")))}
print(r, c)
local f = assert(io.open(name, "rb"))
local data = f:read("a")
f:close()
print(#data, data:sub(1, 19):gsub("\n", "|"))
local t = {}
local r, c = http.request{url = base .. "/echo/file", method = "PUT",
  source = ltn12.source.file(assert(io.open(name, "rb"))),
  headers = {["content-length"] = #data}, sink = ltn12.sink.table(t)}
local body = table.concat(t)
print(r, c, #body, body:match("content%-length: %d+"), body:sub(-301, -290))
print(os.remove(name))
