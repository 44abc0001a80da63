-- I/O from functions called deep inside copas threads (not a nested coroutine)
local copas = require "copas"
local socket = require "socket"
local port = tonumber(os.getenv("ECHO_PORT"))
local function echo(msg)
  local c = assert(socket.connect("127.0.0.1", port))
  c = copas.wrap(c)
  c:send(msg .. "\n")
  local line = c:receive("*l")
  c:close()
  return line
end
local function deeper(msg) return (pcall(function() return echo(msg) end)) and echo(msg):upper() end
local out = {}
for i = 1, 3 do
  copas.addthread(function()
    copas.sleep(0.05 * (4 - i))
    out[#out + 1] = deeper("msg" .. i)
    print("thread", i, out[#out])
  end)
end
copas.loop()
print(table.concat(out, ","))
