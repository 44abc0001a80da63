-- copas.debug: start logs each named thread's yields (here to SLEEP) and
-- resumptions, and the end of threads made while it was on; a custom logger; stop;
-- copas.debug.socket prints every method call on a socket with its arguments and results
local copas = require "copas"
local socket = require "socket"
local rawprint = print
local function clean(...)
  local t = table.pack(...)
  for i = 1, t.n do
    t[i] = tostring(t[i]):gsub("0x%x+", "ADDR"):gsub(os.getenv("ECHO_PORT"), "PORT")
  end
  return table.unpack(t, 1, t.n)
end
print = function(...) rawprint(clean(...)) end

copas.debug.start()
copas.addnamedthread("sleeper", function()
  copas.pause(0.05)
  print("sleeper woke")
end)
copas.loop(function()
  copas.setthreadname("init")
  -- (socket waits are left out: Copas's send and receive pause at random, 1 time in 10)
  copas.pause(0.1)
end)
copas.debug.stop()

local lines = {}
copas.debug.start(function(...) lines[#lines + 1] = table.concat({ clean(...) }) end)
copas.addnamedthread("logged", function() copas.pause(0.01) end)
copas.loop()
copas.debug.stop()
for _, l in ipairs(lines) do print("custom:", l) end
copas.addnamedthread("quiet", function() copas.pause(0.01) print("not logged") end)
copas.loop()

local s = copas.debug.socket(socket.tcp())
print("proxy", s)
s:settimeout(2)
s:connect("127.0.0.1", tonumber(os.getenv("ECHO_PORT")))
s:send("a long line of text that is longer than thirty characters\n")
s:receive()
s:close()
local w = copas.wrap(socket.tcp())
print("wrapped", copas.debug.socket(w) == w, w.socket.__original_socket ~= nil)
