-- copas.useSocketTimeoutErrors: a connect that times out (to a server whose backlog is
-- full) answers "timeout", or LuaSocket's own error when the thread asked for it
local copas = require "copas"
local socket = require "socket"
local server = assert(socket.bind("127.0.0.1", 0, 0))
local _, port = server:getsockname()
local fill = {}
for i = 1, 3 do
  local c = socket.tcp()
  c:settimeout(0)
  c:connect("127.0.0.1", port)
  fill[i] = c
end
copas.loop(function()
  for _, flag in ipairs({ false, true }) do
    copas.addthread(function()
      print("set", flag, copas.useSocketTimeoutErrors(flag))
      local c = copas.wrap(socket.tcp())
      c:settimeout(0.2)
      print(flag, c:connect("127.0.0.1", port))
      c:close()
    end)
  end
end)
for _, c in ipairs(fill) do c:close() end
server:close()
print("done")
