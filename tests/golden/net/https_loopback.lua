-- https (own expectations: lua5.4's lua-socket needs LuaSec for https, which Debian's
-- lua5.4 lacks; lua2py does TLS with Python's ssl).  Against a loopback TLS server with a
-- self-signed certificate (HTTPS_CA), LuaSec-style request fields: cafile, verify.
local http = require "socket.http"
local ltn12 = require "ltn12"
local E = os.getenv
local port, ca = E"HTTPS_PORT", E"HTTPS_CA"
local base = "https://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
local t = {}
local r, c, h, s = http.request{url = base .. "/text", cafile = ca, sink = ltn12.sink.table(t)}
print(r, c, h["content-length"], s)
print(table.concat(t))
-- the simple form trusts only the system's CAs: the self-signed certificate is refused
local b, err = http.request(base .. "/text")
print(b, err ~= nil and err:find("certificate") ~= nil)
-- verify = "none" (LuaSec's default) accepts it
t = {}
print(http.request{url = base .. "/echo", verify = "none", sink = ltn12.sink.table(t)} == 1)
print(clean(table.concat(t)))
-- a POST with a body over TLS
t = {}
r, c = http.request{url = base .. "/echo", method = "POST", cafile = ca, sink = ltn12.sink.table(t),
  source = ltn12.source.string(string.rep("tls", 3000)), headers = {["content-length"] = 9000}}
local body = table.concat(t)
print(r, c, #body, body:sub(-9))
-- chunked response over TLS
t = {}
print(http.request{url = base .. "/chunked", cafile = ca, sink = ltn12.sink.table(t)} == 1, #table.concat(t))
-- a redirect from https to http is not followed (no downgrade)
r, c, h = http.request{url = base .. "/redirect/1", cafile = ca}
print(r, c, clean(h.location))
-- a plain http request to the TLS port fails; an https request to a plain port too
print(http.request("http://127.0.0.1:" .. port .. "/text"))
local b2, e2 = http.request{url = "https://127.0.0.1:" .. E"HTTP_PORT" .. "/text", verify = "none"}
print(b2, type(e2))
print(http.request{url = "https://127.0.0.1:" .. E"CLOSED_PORT" .. "/", cafile = ca})
-- several https requests at once under copas
local copas = require "copas"
local chttp = require "copas.http"
local got = {}
for i = 1, 3 do
  copas.addthread(function()
    copas.sleep(0.05 * i)
    local tt = {}
    local ok, code = chttp.request{url = base .. "/text", cafile = ca, sink = ltn12.sink.table(tt)}
    got[#got + 1] = i .. ":" .. tostring(code) .. ":" .. #table.concat(tt)
  end)
end
copas.loop()
print(table.concat(got, " "))
