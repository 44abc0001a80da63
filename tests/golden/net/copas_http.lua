-- copas.http against the test server, several threads at once
local copas = require "copas"
local http = require "copas.http"
local base = "http://127.0.0.1:" .. os.getenv("HTTP_PORT")
local res = {}
for i, p in ipairs({ "/text", "/status/404", "/chunked", "/redirect/2" }) do
  copas.addthread(function()
    local body, code = http.request(base .. p)
    res[i] = p .. " " .. tostring(code) .. " " .. #body
  end)
end
copas.loop()
for _, r in ipairs(res) do print(r) end
