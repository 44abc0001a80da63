-- requires: lua-json lua-lpeg
-- luajson (json.encode/json.decode built on LPeg; shipped for Lua 5.1-5.3)
package.path = package.path .. ";/usr/share/lua/5.3/?.lua;/usr/share/lua/5.3/?/init.lua"
local json = require "json"
print(json.encode({1, 2, 3}), json.encode("a\"b\n"), json.encode(1.5), json.encode(true), json.encode(json.null))
print(json.encode({a = {b = {c = 1}}}))
local v = json.decode('{"x": [1, 2, {"y": "z"}], "n": null, "f": 2.5e1, "u": "\\u00e9"}')
print(v.x[1], v.x[3].y, v.n == json.null, v.f, v.u)
print(pcall(json.decode, '{"bad": }'))
print(json.decode("[true, false]")[2], json.decode('"s"'), json.decode("123"))
print(json.encode(json.decode('[1,[2,[3]]]')))
