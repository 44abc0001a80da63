-- 1,000 HTTP GETs against a local server, 100 in flight (100 copas threads x 10 requests)
local copas = require "copas"
local http = require "copas.http"
local url = "http://127.0.0.1:" .. assert(os.getenv("HTTP_PORT")) .. "/item"
local N, C = tonumber(arg[1] or 1000), tonumber(arg[2] or 100)
local ok, bytes, failed = 0, 0, 0
for t = 1, C do
  copas.addthread(function()
    for i = t, N, C do
      local body, code = http.request(url .. "/" .. i)
      if code == 200 then ok = ok + 1 bytes = bytes + #body else failed = failed + 1 end
    end
  end)
end
copas.loop()
print("ok", ok, "failed", failed, "bytes", bytes)
