-- mime.core (LuaSocket mime.c) through mime.lua: base64, quoted-printable, wrapping, eol, dot-stuffing, chunk by chunk, and their argument errors
local m = require "mime"
local function show(...) local t = table.pack(...) for i = 1, t.n do t[i] = string.format("%q", t[i]) end print(table.concat(t, " ", 1, t.n)) end
show(m.b64("ab")) show(m.b64("ab","c")) show(m.b64("")) show(m.b64("abcd", "ef")) show(m.b64(nil)) show(m.b64("\0\255\128"))
show(m.unb64("YWJj")) show(m.unb64("YW", "Jj")) show(m.unb64("YWI=")) show(m.unb64("Y!W@J#j")) show(m.unb64("YWJjZA", nil)) show(m.unb64("YWJjZA", "")) show(m.unb64(""))
show(m.dot(2,"a\r\n.b")) show(m.dot(2, ".x")) show(m.dot(0, nil)) show(m.dot(1, "\n.."))
show(m.eol(0,"a\nb\r\nc\n\rd\r\re","X")) show(m.eol(13, "\nz")) show(m.eol(10, "\nz")) show(m.eol(0, nil)) show(m.eol(0, "a\r"))
show(m.wrp(3,"abcdef")) show(m.wrp(76)) show(m.wrp(5)) show(m.wrp(2, "ab\ncd\r\nefgh", 3))
show(m.qp("caf\233 = ok \r\nline two\t\r\nend ")) show(m.qp("a b ", "c")) show(m.qp("x\r", "\ny")) show(m.qp(nil)) show(m.qp("a\r\nb", nil, "\n")) show(m.qp("tail \t"))
show(m.unqp("caf=E9 =3D ok =\r\nsoft\r\nnext=4")) show(m.unqp("a=4", "1b")) show(m.unqp("x=ZZy")) show(m.unqp("\127\1abc")) show(m.unqp(""))
show(m.qpwrp(3, "abcdef=41xyz")) show(m.qpwrp(76)) show(m.qpwrp(10)) show(m.qpwrp(2, "a\nbc\r\n=3Dd", 4))
local ltn12 = require "ltn12"
local out = {}
local src = ltn12.source.chain(ltn12.source.string(("hello world "):rep(20)), ltn12.filter.chain(m.encode("base64"), m.wrap("base64")))
ltn12.pump.all(src, (ltn12.sink.table(out)))
print(table.concat(out))
out = {}
src = ltn12.source.chain(ltn12.source.string("line\nwith = sign and trailing  \nbye\n"), ltn12.filter.chain(m.normalize(), m.encode("quoted-printable"), m.wrap("quoted-printable")))
ltn12.pump.all(src, (ltn12.sink.table(out)))
print(table.concat(out))
-- (the function's name in the message comes from a walk of package.loaded, whose order varies)
local function argerr(...) local ok, e = pcall(...) print(ok, (e:gsub("'mime[%w.]*'", "'NAME'"))) end
argerr(m.dot) argerr(m.wrp, "x") argerr(m.b64, {})
