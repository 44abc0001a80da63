-- copas TLS (own expectations: Copas does TLS through LuaSec, which Debian's lua5.4 lacks;
-- lua2py shakes hands with Python's ssl, taking LuaSec's parameter table).  Against the
-- loopback TLS server (HTTPS_PORT, its self-signed certificate in HTTPS_CA): a socket
-- wrapped with ssl parameters shakes hands in connect, copas.dohandshake secures a connected
-- socket, a refused certificate is an error ("TLS/SSL handshake failed: ..."), and no
-- parameters is an error too.
local copas = require "copas"
local socket = require "socket"
local port, ca = tonumber(os.getenv("HTTPS_PORT")), os.getenv("HTTPS_CA")

local function get(skt, path)
  assert(skt:send("GET " .. path .. " HTTP/1.0\r\nHost: localhost\r\n\r\n"))
  return skt:receive("*l")
end

copas.loop(function()
  local c = copas.wrap(socket.tcp(), { wrap = { mode = "client", protocol = "any", verify = "peer", cafile = ca } })
  print("connect", c:connect("127.0.0.1", port) == c)
  print("status", get(c, "/text"))
  print("alpn", c:getalpn())
  c:close()

  local raw = socket.tcp()
  print("plain connect", copas.connect(raw, "127.0.0.1", port))
  local s = copas.dohandshake(raw, { mode = "client", protocol = "any" })
  print("dohandshake", s == raw)
  local w = copas.wrap(s)
  print("status", get(w, "/text"))
  w:close()

  local v = copas.wrap(socket.tcp())
  assert(v:connect("127.0.0.1", port))
  local ok, err = pcall(v.dohandshake, v, { mode = "client", verify = "peer" })
  print("untrusted", ok, err:match("^TLS/SSL handshake failed: ") ~= nil)
  v:close()

  local n = copas.wrap(socket.tcp())
  assert(n:connect("127.0.0.1", port))
  print("no params", pcall(n.dohandshake, n))
  n:close()
end)
print("done")
