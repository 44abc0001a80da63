-- the pieces a response body reaches an ltn12 sink in (LuaSocket's sources: BLOCKSIZE
-- bytes by length or until closed, one per HTTP chunk) and the result of bodies cut short:
-- "closed", with no partial piece delivered
local http = require "socket.http"
local base = "http://127.0.0.1:" .. os.getenv("HTTP_PORT")
local function pieces(path)
  local sizes = {}
  local sink = function(chunk, err)
    if chunk then sizes[#sizes + 1] = #chunk end
    return 1
  end
  local r, code, _, status = http.request{url = base .. path, sink = sink}
  print(path, r, code, status, table.concat(sizes, " "))
end
for _, path in ipairs{"/text", "/big", "/bigclose", "/chunked", "/close", "/truncated", "/truncated_chunked"} do
  pieces(path)
end
print(http.request(base .. "/truncated"))
print(http.request(base .. "/truncated_chunked"))
local body, code = http.request(base .. "/big")
print(#body, code, body:sub(1, 30))
body = http.request(base .. "/bigclose")
print(#body, body:sub(-30))
