-- errors inside copas threads: the default handler (replaced), per-thread handlers, and the
-- other threads going on (events 100 ms apart: .1 .2 .3 .4 .5 .6 .7 s)
local copas = require "copas"
copas.seterrorhandler(function(msg, co, skt)
  print("default handler:", type(msg) == "table" and "table code " .. msg.code or msg, type(co), skt)
end, true)
copas.addthread(function()
  copas.sleep(0.1)
  error("boom")
end)
copas.addthread(function()
  copas.seterrorhandler(function(msg, co, skt) print("own handler:", msg) end)
  copas.sleep(0.3)
  local t = nil
  return t.field
end)
copas.addthread(function()
  copas.sleep(0.5)
  error({code = 42})
end)
copas.addthread(function()
  copas.sleep(0.7)
  error("no position", 0)
end)
copas.addthread(function()
  for i = 1, 3 do
    copas.sleep(0.2)
    print("still running", i)
  end
end)
copas.loop()
print("loop ended")
