-- socket.http simple form with a body: POST, form-urlencoded content type, lengths
local http = require "socket.http"
local port = os.getenv"HTTP_PORT"
local base = "http://127.0.0.1:" .. port
local function clean(s) return (tostring(s):gsub(port, "PORT")) end
for _, body in ipairs{"", "a=1", "name=lua&x=" .. ("y"):rep(500), "bin\0ary\255\n"} do
  local b, c, h = http.request(base .. "/echo/post", body)
  print(c, h["content-length"], #body)
  print(clean(b:sub(1, 200)):gsub("\0", "\\0"))
end
local b, c = http.request(base .. "/status/404", "x=1")
print(b, c)
local b, c = http.request(base .. "/redirect/1", "x=1")
print(b, c)
