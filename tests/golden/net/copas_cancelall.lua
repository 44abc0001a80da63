-- copas.cancelall: sleeping and waiting threads never run again, servers are removed and
-- closed, the loop ends; the calling thread goes on.  copas.gettimeouts counts the
-- copas.timeout timers set.
local copas = require "copas"
local socket = require "socket"
print("timeouts", copas.gettimeouts())
local server = assert(socket.bind("127.0.0.1", 0))
copas.addserver(server, function() end)
local log = {}
copas.addthread(function()
  copas.timeout(5, function() log[#log + 1] = "timeout fired" end)
  print("timeouts in thread", copas.gettimeouts())
  copas.timeout(0)
  print("timeouts cancelled", copas.gettimeouts())
  copas.pause(10)
  log[#log + 1] = "sleeper woke"
end)
copas.addthread(function()
  copas.pauseforever()
  log[#log + 1] = "forever woke"
end)
copas.addthread(function()
  copas.pause(0.05)
  log[#log + 1] = "canceller"
  copas.cancelall()
  log[#log + 1] = "after cancelall"
  copas.pause(0.01)
  log[#log + 1] = "still running"
end)
local t0 = socket.gettime()
copas.loop()
print(table.concat(log, ", "))
print("quick", socket.gettime() - t0 < 2, copas.finished(), copas.running)
print("server closed", server:getsockname())
