-- an error in a copas.timeout callback goes to the default error handler, with Copas's timer
-- thread as the coroutine; the thread that set the timeout goes on
local copas = require "copas"
copas.seterrorhandler(function(err, co, skt)
  print("handler:", type(err) == "table" and "table " .. err.code or err, copas.getthreadname(co), skt)
end, true)
copas.addnamedthread("sleeper", function()
  copas.timeout(0.05, function(co)
    print("callback for", copas.getthreadname(co))
    error("oops...")
  end)
  copas.pause(0.2)
  print("woke up")
  copas.timeout(0.05, function() error({ code = 1 }) end)
  copas.pause(0.2)
  print("woke up again")
end)
copas.loop()
print("done")
