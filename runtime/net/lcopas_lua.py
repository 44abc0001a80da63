"""The Copas 4 submodules that are thin layers over other modules, written in Lua (lua2py's
own sources, compiled on first `require` like any Lua module): copas.future (a task's
results behind a semaphore), copas.ftp and copas.smtp (LuaSocket's socket.ftp and
socket.smtp with sockets made by copas.wrap, so that their transfers yield to the other
threads).  Their behaviour follows Copas 4.11's manual and code, checked by the net goldens
(copas_future, copas_ftp, copas_smtp)."""
from ..core import ops
from ..core.errors import LuaError
from ..core.frames import runtime_module
from ..stdlib.lbase import load_source

runtime_module(__file__)

FUTURE = r"""
local copas = require("copas")
local semaphore = require("copas.semaphore")
local pcall, select, setmetatable, tostring, error = pcall, select, setmetatable, tostring, error
local unpack = table.unpack

local function pack(...) return { n = select("#", ...), ... } end

local M = { SUCCESS = true, PENDING = false, ERROR = "error" }
setmetatable(M, { __index = function(_, k)
  error("unknown field 'future." .. tostring(k) .. "'", 2)
end })

local future = {}
future.__index = future
future.__call = function(self, ...) return self:get(...) end

function future:get()
  if not self.results then
    self.sema:take(1, math.huge)
  end
  local r = self.results
  return unpack(r, 1, r.n)
end

function future:try()
  local r = self.results
  if not r then return M.PENDING end
  if r[1] then return M.SUCCESS, unpack(r, 2, r.n) end
  return M.ERROR, r[2]
end

function future:cancel()
  if self.results then return false end
  self.results = pack(false, "cancelled")
  self.sema:give(self.sema:get_wait())
  copas.removethread(self.coro)
  return true
end

function M.addnamedthread(name, func, ...)
  local f = setmetatable({ sema = semaphore.new(9999, 0, math.huge) }, future)
  f.coro = copas.addnamedthread(name, function(...)
    local results
    local ok, err = pcall(function(...) results = pack(true, func(...)) end, ...)
    if not ok then results = pack(false, err) end
    if not f.results then
      f.results = results
      f.sema:give(f.sema:get_wait())
    end
  end, ...)
  return f
end

function M.addthread(func, ...)
  return M.addnamedthread(nil, func, ...)
end

return M
"""

# copas.ftp and copas.smtp: LuaSocket's module as the metatable's __index (its constants),
# settings of its constants forwarded to it, and transfers through copas-wrapped sockets
_FORWARDING = r"""
local copas = require("copas")
local socket = require("socket")
local base = require("%(base)s")
local forwards = %(forwards)s
local M = setmetatable({}, {
  __index = base,
  __newindex = function(self, key, value)
    if forwards[key] then base[key] = value return end
    return rawset(self, key, value)
  end,
})
local create = function() return copas.wrap(socket.tcp()) end
copas.%(name)s = M
"""

SMTP = _FORWARDING % {"base": "socket.smtp", "name": "smtp", "forwards":
                      "{ PORT = true, SERVER = true, TIMEOUT = true, DOMAIN = true, TIMEZONE = true }"} + r"""
M.send = function(mailt)
  mailt.create = mailt.create or create
  return base.send(mailt)
end
return M
"""

# Copas 4.11's string forms of get/put build a request without returning it (its
# parseRequest has no `return`): they fail as there, indexing the nil request (put and get
# stay two functions: the error names their local, 'putt' or 'gett')
FTP = _FORWARDING % {"base": "socket.ftp", "name": "ftp", "forwards":
                     "{ PORT = true, TIMEOUT = true, PASSWORD = true, USER = true }"} + r"""
local ltn12 = require("ltn12")
local url = require("socket.url")
local default = { path = "/", scheme = "ftp" }

local function parse(u)
  local t = socket.try(url.parse(u, default))
  socket.try(t.scheme == "ftp", "wrong scheme '" .. t.scheme .. "'")
  socket.try(t.host, "missing hostname")
  if t.params then
    t.type = socket.skip(2, string.find(t.params, "^type=(.)$"))
    socket.try(t.type == "a" or t.type == "i", "invalid type '" .. t.type .. "'")
  end
  return t
end

M.parseRequest = function(u, body)
  local t = parse(u)
  if body then
    t.source = ltn12.source.string(body)
  else
    t.target = {}
    t.sink = ltn12.sink.table(t.target)
  end
end

M.put = socket.protect(function(putt, body)
  if type(putt) == "string" then
    putt = M.parseRequest(putt, body)
    M.put(putt)
    return table.concat(putt.target)
  else
    putt.create = putt.create or create
    return base.put(putt)
  end
end)

M.get = socket.protect(function(gett)
  if type(gett) == "string" then
    gett = M.parseRequest(gett)
    M.get(gett)
    return table.concat(gett.target)
  else
    gett.create = gett.create or create
    return base.get(gett)
  end
end)

M.command = function(cmdt)
  cmdt.create = cmdt.create or create
  return base.command(cmdt)
end

return M
"""

SOURCES = {"copas.future": FUTURE, "copas.ftp": FTP, "copas.smtp": SMTP}


def open_lua_module(G, name):
    """Compile and run the module's Lua source in state G: its value (the module table)."""
    f, err = load_source(SOURCES[name], "=" + name, G)
    if f is None:  # pragma: no cover - the sources above compile
        raise LuaError(err)


    return ops.first(ops.call(f, name))


def open_copas_future_mod(G):
    return open_lua_module(G, "copas.future")


def open_copas_ftp_mod(G):
    return open_lua_module(G, "copas.ftp")


def open_copas_smtp_mod(G):
    return open_lua_module(G, "copas.smtp")


# copas.debug.socket: a proxy printing every method call on the socket, its arguments and
# results (Copas's format: "N-calling 'name' with; " and one line per value, described by
# the tables below).  The chunk gets the function telling copas-wrapped sockets apart.
DEBUG_SOCKET = r"""
local is_wrapped = ...
local select, type, tostring, setmetatable, math = select, type, tostring, setmetatable, math
local unpack = table.unpack
local function pack(...) return { n = select("#", ...), ... } end

local desc = {
  settimeout_in = { "socket ", "seconds", "mode   " },
  settimeout_out = { "success", "error  " },
  connect_in = { "socket ", "address", "port   " },
  connect_out = { "success", "error  " },
  getfd_in = { "socket " },
  getfd_out = { "fd" },
  send_in = { "socket   ", "data     ", "idx-start", "idx-end  " },
  send_out = { "last-idx-send    ", "error            ", "err-last-idx-send" },
  receive_in = { "socket ", "pattern", "prefix " },
  receive_out = { "received    ", "error       ", "partial data" },
  dirty_in = { "socket" },
  dirty_out = { "data in read-buffer" },
  close_in = { "socket" },
  close_out = { "success", "error" },
}

local function show(func, msg, ...)
  print(msg)
  local a = pack(...)
  local d = desc[func] or {}
  for i = 1, math.max(a.n, #d) do
    local v = a[i]
    if type(v) == "string" then
      local short = v:sub(1, 30)
      if short ~= v then short = short .. "(...truncated)" end
      print("\t" .. (d[i] or i) .. ": '" .. tostring(short) .. "' (" .. type(v) .. " #" .. #v .. ")")
    else
      print("\t" .. (d[i] or i) .. ": '" .. tostring(v) .. "' (" .. type(v) .. ")")
    end
  end
  if d.callback then d.callback(...) end
end

local call_id = 0
local mt = {
  __index = function(self, key)
    local value = self.__original_socket[key]
    if type(value) ~= "function" then return value end
    return function(self2, ...)
      call_id = call_id + 1
      local id = call_id
      local target = self2 ~= self and self or self.__original_socket
      show(tostring(key) .. "_in", id .. "-calling '" .. tostring(key) .. "' with; ", target, ...)
      local results = pack(value(target, ...))
      show(tostring(key) .. "_out", id .. "-results '" .. tostring(key) .. "' returned; ",
           unpack(results, 1, results.n))
      return unpack(results, 1, results.n)
    end
  end,
  __tostring = function(self) return tostring(self.__original_socket) end,
}

local function debug_socket(skt)
  if is_wrapped(skt) then
    skt.socket = debug_socket(skt.socket)
    return skt
  end
  return setmetatable({ __original_socket = skt }, mt)
end
return debug_socket
"""


def debug_socket_function(G, is_wrapped):
    f, err = load_source(DEBUG_SOCKET, "=copas.debug", G)
    if f is None:  # pragma: no cover
        raise LuaError(err)
    return ops.first(ops.call(f, is_wrapped))
