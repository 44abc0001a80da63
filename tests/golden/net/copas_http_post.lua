-- copas.http generic form: POST with a source and table sink, headers sorted
local copas = require "copas"
local http = require "copas.http"
local ltn12 = require "ltn12"
local port = os.getenv"HTTP_PORT"
local base = "http://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
copas.addthread(function()
  for _, body in ipairs{"first body", ("z"):rep(3000)} do
    local t = {}
    local r, c, h, s = http.request{url = base .. "/echo/copas", method = "POST",
      source = ltn12.source.string(body), headers = {["content-length"] = #body, ["x-b"] = "2", ["X-A"] = "1"},
      sink = ltn12.sink.table(t)}
    local k = {}
    for n, v in pairs(h) do k[#k + 1] = n .. "=" .. v end
    table.sort(k)
    print(r, c, s, table.concat(k, "; "))
    local out = clean(table.concat(t))
    print(#out, out:sub(1, 220))
  end
  print(http.request(base .. "/echo/simple", "k=v"):match("content%-type: [^\n]*"))
end)
copas.loop()
