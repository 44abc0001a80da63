-- redirects: 301/302/303/307 for GET, HEAD and POST; relative Location; redirect=false
local http = require "socket.http"
local ltn12 = require "ltn12"
local port = os.getenv"HTTP_PORT"
local base = "http://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
for _, code in ipairs{301, 302, 303, 307} do
  for _, m in ipairs{"GET", "HEAD", "POST"} do
    local t = {}
    local req = {url = base .. "/redirect/2/" .. code, method = m, sink = ltn12.sink.table(t)}
    if m == "POST" then
      req.source = ltn12.source.string("data")
      req.headers = {["content-length"] = 4}
    end
    local r, c, h, s = http.request(req)
    print(code, m, r, c, clean(h and h.location), s, (table.concat(t):gsub("\n", "")))
  end
end
for _, code in ipairs{301, 302, 303, 307} do
  local t = {}
  local r, c, h = http.request{url = base .. "/redirect/1/" .. code, redirect = false, sink = ltn12.sink.table(t)}
  print("noredirect", code, r, c, clean(h.location), table.concat(t))
end
local function nt(...) local t = table.pack(...) for i = 1, t.n do if type(t[i]) == "table" then t[i] = "<table>" end end return table.unpack(t, 1, t.n) end
print(nt(http.request(base .. "/relredirect")))
