local os_tmpname_file = os.tmpname()
local url = require "socket.url"
local ltn12 = require "ltn12"
local function dump(t) if type(t) ~= "table" then return tostring(t) end local k = {} for n, v in pairs(t) do k[#k+1] = tostring(n) .. "=" .. tostring(v) end table.sort(k) return "{" .. table.concat(k, ", ") .. "}" end
for _, u in ipairs{"http://user:pw@www.example.com:8080/a/b;p?q=1&r=2#frag", "//host/x", "/path/only", "rel/path?x", "http://[::1]:80/", "mailto:x@y", "http://h", "ftp://a@b/c", "?q", "#f", "http://h:/x"} do
  print(u, dump(url.parse(u)))
  print("", url.build(url.parse(u)))
end
print(url.parse(""), url.parse(nil))
print(dump(url.parse("/x", {scheme = "http", path = "/", port = 80})))
for _, r in ipairs{"g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "http:g"} do
  print(r, url.absolute("http://a/b/c/d;p?q", r))
end
print(url.escape("a b&c/d=é~_"), url.unescape("a%20b%26%zz%4"))
local p = url.parse_path("/a/b%20c/d/") print(dump(p))
print(url.build_path(p), url.build_path(p, true), url.build_path({"x y", "z"}))
print(url._VERSION, ltn12._VERSION, ltn12.BLOCKSIZE)
local t = {}
print(ltn12.pump.all(ltn12.source.string(string.rep("x", 5000)), (ltn12.sink.table(t))), #t, #t[1], #t[3])
local up = function(c) return c and c:upper() end
local t2 = {}
print(ltn12.pump.all(ltn12.source.chain(ltn12.source.cat(ltn12.source.string("ab"), ltn12.source.string("cd")), up), (ltn12.sink.table(t2))), table.concat(t2))
local t3 = {}
print(ltn12.pump.all(ltn12.source.string("hello"), ltn12.sink.chain(ltn12.filter.chain(up, function(c) return c and c:rep(2) end), (ltn12.sink.table(t3)))), table.concat(t3))
print(ltn12.pump.all(ltn12.source.error("boom"), ltn12.sink.null()))
print(ltn12.pump.all(ltn12.source.string("x"), ltn12.sink.error("bad")))
print(ltn12.pump.step(ltn12.source.empty(), ltn12.sink.null()))
local s = ltn12.source.table({"a", "b"}) print(s(), s(), s())
local f = io.open(os_tmpname_file, "w")
print(ltn12.pump.all(ltn12.source.string("file data\n"), ltn12.sink.file(f)))
print(ltn12.pump.all(ltn12.source.file(io.open(os_tmpname_file)), ((ltn12.sink.table(t3)))), t3[#t3])
print(ltn12.pump.all(ltn12.source.file(nil, "nofile"), ltn12.sink.null()))
local r = ltn12.source.rewind(ltn12.source.string("zz")) r("pushed") print(r(), r(), r())
local cyc = ltn12.filter.cycle(function(ctx, chunk, extra) return chunk and (ctx .. chunk .. extra), (ctx or 0) end, "<", ">")
print(cyc("a"), cyc("b"))
os.remove(os_tmpname_file)
