-- copas.wrap: the methods of wrapped TCP and UDP sockets (Copas 4.11's sets), their
-- ssl_params table, the protected getters, and UDP's close that keeps the socket open
local copas = require "copas"
local socket = require "socket"

local names = { "accept", "bind", "close", "connect", "dirty", "dohandshake", "flush",
  "getalpn", "getfamily", "getfd", "getoption", "getpeername", "getsniname", "getsockname",
  "getstats", "gettimeout", "listen", "receive", "receivefrom", "receivepartial", "send",
  "sendto", "setfd", "setoption", "setpeername", "setsockname", "setstats", "settimeout",
  "settimeouts", "shutdown", "sni" }
local function methods(w)
  local have = {}
  for _, n in ipairs(names) do
    if w[n] ~= nil then have[#have + 1] = n end
  end
  return table.concat(have, " ")
end

local t = copas.wrap(socket.tcp())
local u = copas.wrap(socket.udp())
print("tcp", methods(t))
print("udp", methods(u))
print("same", copas.wrap(t) == t, copas.wrap(u) == u)
print("ssl_params", type(t.ssl_params), t.ssl_params.wrap, t.ssl_params.sni, u.ssl_params)
print("unknown key", select(2, pcall(function() return t.ssl_params.nope end)):match("accessing.*"))
local p = copas.wrap(socket.tcp(), { mode = "client", protocol = "any" })
print("params form 1", type(p.ssl_params.wrap), p.ssl_params.wrap.mode, p.ssl_params.sni)
p = copas.wrap(socket.tcp(), { wrap = { mode = "client" }, sni = { names = "x" } })
print("params form 2", p.ssl_params.wrap.mode, p.ssl_params.sni.names)
p = copas.wrap(socket.tcp(), {})
print("params form 3", p.ssl_params.wrap, p.ssl_params.sni)
print("bad params", select(2, pcall(copas.wrap, socket.tcp(), 42)):match("ssl parameters.*"))
print("timeout", t.socket:gettimeout(), u.socket:gettimeout())
print("getalpn", t:getalpn())
print("getsniname", t:getsniname())
print("getpeername", t:getpeername())
print("getsockname", t:getsockname())
print("setoption", t:setoption("tcp-nodelay", true))
print("getoption", t:getoption("tcp-nodelay"))
print("udp setsockname", u:setsockname("127.0.0.1", 0))
print("udp close", u:close())
print("udp still open", u.socket:getsockname() == "127.0.0.1")
print("tcp close", t:close())
print("tcp closed", tostring(t.socket):match("^tcp{%a+}"), t:getpeername())
