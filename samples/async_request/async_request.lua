-- The seed article's async_request (section 4.2), corrected.
--
-- The article called http.request(url) and then used the result as an object
-- with a read method (`response.read "*a"`).  In LuaSocket, http.request(url)
-- returns the whole body as a string, then the status code, the response
-- headers and the status line -- or nil and an error message when the request
-- failed.  A callback gets (err, body), Node-style, and the program runs the
-- requests inside a coroutine, checking what coroutine.resume returns.
--
-- Needs the local server: `python server.py` (port 8080), or `python run.py`
-- which starts it on a free port and passes it in SAMPLE_PORT.
local http = require("socket.http")

local port = os.getenv("SAMPLE_PORT") or "8080"
local base = "http://127.0.0.1:" .. port

-- async_request(url, callback): callback(nil, body, code, headers) on success,
-- callback(message) when the request failed or the server did not answer 200.
local function async_request(url, callback)
  local body, code, headers, status = http.request(url)
  if not body then
    -- code holds the error message ("connection refused", "timeout", ...)
    return callback("cannot request " .. url .. ": " .. tostring(code))
  end
  if code ~= 200 then
    return callback(url .. " answered " .. tostring(status))
  end
  return callback(nil, body, code, headers)
end

local function show(err, body, code, headers)
  if err then
    print("Error: " .. err:gsub(port, "PORT"))
    return false
  end
  print(("Response %d (%s, %d bytes):"):format(code, headers["content-type"], #body))
  io.write(body)
  return true
end

local coro = coroutine.create(function()
  local ok = 0
  for _, path in ipairs({ "/hello", "/data.txt", "/missing" }) do
    if async_request(base .. path, show) then ok = ok + 1 end
  end
  -- a port nobody listens on: http.request returns nil, "connection refused"
  async_request("http://127.0.0.1:1/", show)
  return ok
end)

local resumed, result = coroutine.resume(coro)
if not resumed then
  print("Error in coroutine: " .. tostring(result))
else
  print(("%d of 4 requests succeeded; coroutine is %s"):format(result, coroutine.status(coro)))
end
