-- An HTTP server and its clients in one program, on one copas loop.
--
-- copas.addserver runs `handler` in a new copas thread for every connection
-- (copas.handler wraps the accepted socket with copas.wrap first: a raw socket
-- handed to an addserver handler has timeout 0, so its receive would answer
-- "timeout" at once when the request has not arrived yet);
-- three client threads query the server with copas.http at the same time.
-- When the last client is done the server is removed and copas.loop() returns.
-- Nothing else is needed: the server listens on a free port of 127.0.0.1.
local copas = require("copas")
local http = require("copas.http")
local socket = require("socket")

local server = assert(socket.bind("127.0.0.1", 0))
local _, port = server:getsockname()
local base = "http://127.0.0.1:" .. port

local hits = 0

local function handler(skt)
  -- skt is a copas-wrapped socket: receive/send yield to the other threads
  local line, err = skt:receive("*l")
  if not line then return end
  local method, path = line:match("^(%u+) (%S+) HTTP/1%.%d$")
  repeat  -- skip the request headers
    local h = skt:receive("*l")
  until h == nil or h == ""
  hits = hits + 1
  local code, body = 200, nil
  local name = path and path:match("^/hello/(%w+)$")
  if method ~= "GET" then
    code, body = 405, "only GET\n"
  elseif name then
    copas.sleep(0.01 * #name)  -- some work, while other connections are served
    body = "Hello, " .. name .. "!\n"
  elseif path == "/count" then
    body = "requests so far: " .. hits .. "\n"
  else
    code, body = 404, "no page " .. tostring(path) .. "\n"
  end
  local reason = ({ [200] = "OK", [404] = "Not Found", [405] = "Method Not Allowed" })[code]
  skt:send(("HTTP/1.1 %d %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s")
    :format(code, reason, #body, body))
  skt:close()
end

copas.addserver(server, copas.handler(handler))

local results = {}
local paths = { "/hello/ada", "/hello/grace", "/missing" }
local pending = #paths

for i, path in ipairs(paths) do
  copas.addthread(function()
    local body, code = http.request(base .. path)
    results[i] = ("%-13s -> %s %s"):format(path, tostring(code), (body or ""):gsub("\n$", ""))
    pending = pending - 1
    if pending == 0 then
      -- the last client asks for the count, then stops the server: the loop ends
      local b, err = http.request(base .. "/count")
      if not b then b = "error: " .. tostring(err) end
      results[#paths + 1] = "/count        -> " .. b:gsub("\n$", "")
      copas.removeserver(server)
    end
  end)
end

copas.loop()
for _, r in ipairs(results) do print(r) end
print("server removed, loop ended")
