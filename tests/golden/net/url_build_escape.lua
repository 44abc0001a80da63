-- socket.url: build, absolute, escape/unescape, parse_path/build_path, edge cases
local url = require "socket.url"
local function dump(t)
  if type(t) ~= "table" then return tostring(t) end
  local k = {}
  for n, v in pairs(t) do k[#k + 1] = tostring(n) .. "=" .. tostring(v) end
  table.sort(k)
  return "{" .. table.concat(k, ", ") .. "}"
end
print(url.build{scheme = "http", host = "example.com", path = "/a b", query = "x=1"})
print(url.build{scheme = "https", host = "h", port = 8443, path = "p"})
print(url.build{host = "h", user = "u", password = "p w", path = "/"})
print(url.build{scheme = "ftp", userinfo = "anon", host = "h", port = "21", params = "type=i", path = "/f"})
print(url.build{path = "/only", fragment = "frag"})
print(url.build{authority = "auth:1", path = "/x", host = "ignored"})
print(url.build{scheme = "mailto", path = "a@b"})
print(url.build{})
print(url.build{scheme = "http", host = "h", query = "q"})
for _, b in ipairs{"http://a/b/c/d;p?q", "http://a/b/", "http://a", "/rel/base", "base"} do
  for _, r in ipairs{"g", "/g", "../g", "?y", "#f", "//other/x", "https://abs/y", "", "./"} do
    print(b, r, url.absolute(b, r))
  end
end
print(url.absolute(url.parse("http://a/b/c"), "d"))
for _, s in ipairs{"", "abc", "a b", "100%", "ç~!*'();:@&=+$,/?#[]", "\0\1\255", "-_.~"} do
  local e = url.escape(s)
  print(e, url.unescape(e) == s)
end
print(url.unescape("%41%42%4a%4A%zz%2"), url.unescape("a+b"), url.unescape("%"))
for _, p in ipairs{"/a/b/c", "a/b/", "/", "", "//x//", "/%2F/e%20f"} do
  local parsed = url.parse_path(p)
  print(p, dump(parsed), url.build_path(parsed), url.build_path(parsed, true))
end
print(url.build_path({"a b", "c/d", is_absolute = 1, is_directory = 1}))
print(url.build_path({"a b", "c/d"}, 1))
print(dump(url.parse("http://[::1]:8080/x?y#z")))
print(dump(url.parse("HTTP://Example.COM/Path")))
print(dump(url.parse("http://user@host")))
print(dump(url.parse("http://:@host:/")))
print(dump(url.parse("file:///etc/hosts")))
print(dump(url.parse("urn:isbn:0451450523")))
print(dump(url.parse("http://h/p;a;b?c?d#e#f")))
print(dump(url.parse("  http://h/  ")))
print(dump(url.parse("http://h", {scheme = "ftp", path = "/default", port = 21})))
