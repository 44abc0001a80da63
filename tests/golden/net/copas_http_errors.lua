-- copas.http errors: refused, timeouts, unknown scheme; the loop keeps going
local copas = require "copas"
local http = require "copas.http"
local E = os.getenv
copas.addthread(function()
  print("refused", http.request("http://127.0.0.1:" .. E"CLOSED_PORT" .. "/"))
  http.TIMEOUT = 0.2
  print("stall", http.request("http://127.0.0.1:" .. E"STALL_PORT" .. "/"))
  print("slow", http.request("http://127.0.0.1:" .. E"HTTP_PORT" .. "/stall"))
  local b, c = http.request("http://127.0.0.1:" .. E"HTTP_PORT" .. "/text")
  print("ok", #b, c)
end)
copas.addthread(function()
  copas.sleep(0.05) print("tick", 1)
  copas.sleep(1.5) print("tick", 2)
end)
copas.loop()
print("done")
