-- copas.http: the generic form with sinks and sources, redirects, errors, several at once
local copas = require "copas"
local http = require "copas.http"
local ltn12 = require "ltn12"
local E = os.getenv
local port = E"HTTP_PORT"
local base = "http://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
local function hdrs(h)
  if type(h) ~= "table" then return tostring(h) end
  local k = {}
  for n, v in pairs(h) do k[#k+1] = n .. "=" .. v end
  table.sort(k)
  return clean("{" .. table.concat(k, "; ") .. "}")
end
local out = {}
local function job(i, delay, f)
  copas.addthread(function()
    copas.sleep(delay)
    out[i] = i .. ": " .. f()  -- by index: requests may finish in any order
  end)
end
job(1, 0.05, function()
  local t = {}
  local r, c, h, s = http.request{url = base .. "/echo", method = "PUT", sink = ltn12.sink.table(t),
    source = ltn12.source.string("body!"), headers = {["content-length"] = 5, ["X-Job"] = "one"}}
  return table.concat({tostring(r), c, hdrs(h), s, clean(table.concat(t))}, " | ")
end)
job(2, 0.10, function()
  local t = {}
  local r, c, h = http.request{url = base .. "/redirect/2", sink = ltn12.sink.table(t)}
  return table.concat({tostring(r), c, clean(h.location), table.concat(t)}, " | ")
end)
job(3, 0.15, function()
  local r, c, h = http.request{url = base .. "/redirect/2", redirect = false}
  return table.concat({tostring(r), c, clean(h.location)}, " | ")
end)
job(4, 0.20, function()
  local b, c, h = http.request(base .. "/chunked")
  return table.concat({#b, c, hdrs(h)}, " | ")
end)
job(5, 0.25, function()
  local r, e = http.request("http://127.0.0.1:" .. E"CLOSED_PORT" .. "/")
  return tostring(r) .. " | " .. tostring(e)
end)
job(6, 0.30, function()
  local b, c = http.request(base .. "/echo", "k=v&w=x")
  return c .. " | " .. clean(b)
end)
job(7, 0.35, function()
  local r, c, h = http.request{url = base .. "/text", method = "HEAD"}
  return table.concat({tostring(r), c, hdrs(h)}, " | ")
end)
job(8, 0.40, function()
  local b, c, h, s = http.request(base .. "/headers")
  return table.concat({b, c, hdrs(h), s}, " | ")
end)
job(9, 0.45, function()
  local n = 0
  local r, c = http.request{url = base .. "/echo", method = "POST", sink = ltn12.sink.null(),
    source = function() n = n + 1 if n <= 3 then return "part" .. n end end}
  return tostring(r) .. " | " .. tostring(c) .. " | " .. n
end)
copas.loop()
for _, l in ipairs(out) do print(l) end
