-- requires: lua-logging lua-uri
-- lualogging (console appender with a fixed date pattern) and lua-uri (shipped for Lua 5.1)
package.path = package.path .. ";/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua"
local logging = require "logging"
local buf = {}
local logger = logging.new(function(self, level, message) buf[#buf + 1] = level .. ": " .. message return true end)
logger:setLevel(logging.INFO)
logger:debug("hidden")
logger:info("shown %d", 1)
logger:warn("careful")
logger:error({code = 7})
logger:fatal("the end")
print(table.concat(buf, "\n"))
print(logging.DEBUG, logging.INFO, logging.WARN, logging.ERROR, logging.FATAL, logging._VERSION ~= nil)
print(logging.prepareLogMsg("%level %message", "DATE", "INFO", "text"))
local URI = require "uri"
print(URI:new("http://user:pw@Example.COM/"))
local u = URI:new("http://Example.COM:8080/a/./b/../c?q=1&r=2#frag")
print(u, u:scheme(), u:host(), u:port(), u:path(), u:query(), u:fragment())
print(URI:new("HTTP://example.com:80/"), URI:new("mailto:Someone@Example.com"))
local base = URI:new("http://a/b/c/d;p?q")
for _, rel in ipairs {"g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "../g", "../../g", "g;x?y#s"} do
  io.write(tostring(URI:new(rel, base)), " ")
end
print()
print(URI:new("http://example.com/path with space"))
print(URI:new("not a uri at all:"), URI:new("file:///tmp/x"):path())
local ok, err = URI:new("http://[bad")
print(ok, err)
local esc = require "uri._util"
print(esc.uri_encode("a b&c=d/é"), esc.uri_decode("a%20b%2Fc"))
