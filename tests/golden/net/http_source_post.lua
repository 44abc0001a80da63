-- generic POST/PUT with ltn12 sources: string, table-fed, cat; with and without content-length
local http = require "socket.http"
local ltn12 = require "ltn12"
local port = os.getenv"HTTP_PORT"
local base = "http://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
local function post(method, src, len, extra)
  local t = {}
  local headers = {["content-type"] = "text/plain"}
  if len then headers["content-length"] = len end
  for k, v in pairs(extra or {}) do headers[k] = v end
  local r, c, h = http.request{url = base .. "/echo/" .. method:lower(), method = method,
    source = src, headers = headers, sink = ltn12.sink.table(t)}
  print(method, r, c, h["content-length"])
  print(clean(table.concat(t)))
end
post("POST", ltn12.source.string("hello body"), 10)
post("PUT", ltn12.source.string(("0123456789"):rep(100)), 1000)
post("POST", ltn12.source.cat(ltn12.source.string("ab"), ltn12.source.string("cd")), 4)
post("POST", ltn12.source.string("no length given"))
post("DELETE", ltn12.source.empty(), 0)
local parts = {"one ", "two ", "three"}
local i = 0
post("POST", function() i = i + 1 return parts[i] end, 13, {["X-Part"] = "3"})
