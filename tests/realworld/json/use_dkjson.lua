-- requires: lua-dkjson
-- dkjson (pure Lua, no lpeg): encode with options, decode, errors, ordering, null, custom types
local json = require "dkjson"
print(json.version)
-- key order: keyorder option makes output deterministic
local opts = {keyorder = {"name", "age", "tags", "nested", "ok"}}
print(json.encode({name = "ann", age = 31, tags = {"a", "b"}, nested = {x = 1.5}, ok = true}, opts))
print(json.encode({name = "ann", age = 31, tags = {"a", "b"}}, {indent = true, keyorder = {"name", "age", "tags"}}))
print(json.encode({1, 2, 3}), json.encode({}), json.encode(""), json.encode("quote\"back\\slash\n\t\1"))
print(json.encode(1 / 0 == math.huge and 12.5 or 0), json.encode(-0.0), json.encode(1e300), json.encode(42), json.encode(2^53))
print(json.encode({[1] = "a", [2] = "b", [4] = "d"}))
print(json.encode(json.null), json.encode({json.null, 1}), json.encode(setmetatable({}, {__jsontype = "object"})))
print(json.encode(setmetatable({}, {__jsontype = "array"})), json.encode({__jsontype = nil}))
print(json.encode("üñí©ødé"), json.encode("\u{2028}"))
print(pcall(json.encode, {f = print}))
print(json.encode({f = print}, {exception = json.encodeexception}))
local cyc = {} cyc[1] = cyc
print(pcall(json.encode, cyc))
print(json.encode({math.huge, -math.huge}))
local custom = setmetatable({v = 7}, {__tojson = function(self, state) return "\"custom:" .. self.v .. "\"" end})
print(json.encode({custom}))

-- decode
local obj, pos, err = json.decode('{"a": [1, 2.5, "x", true, false, null], "b": {"c": "d"}, "e": -1e3}')
print(obj.a[1], math.type(obj.a[1]), obj.a[2], obj.a[3], obj.a[4], obj.a[5], obj.a[6], #obj.a, obj.b.c, obj.e, pos, err)
print(json.decode('"\\u0041\\u00e9\\ud83d\\ude00"'))
print(json.decode("[1,2,3]", 1, json.null)[2], json.decode("null"), json.decode("null", 1, json.null) == json.null)
print(json.decode('{"x":null}', 1, json.null).x == json.null)
print(json.decode("  42  "), json.decode("-0"), json.decode("1.5e2"), json.decode("0.1"))
local function try(text) local v, pos, err = json.decode(text) print(type(v), pos, err) end
try('{"a":1,}')
try('[1,2')
try('{"a" 1}')
try("nope")
try("")
try('"unterminated')
try('[1] trailing')
local arr = json.decode("[]")
print(getmetatable(arr) and getmetatable(arr).__jsontype, getmetatable(json.decode("{}")).__jsontype)
local objmeta = {__index = function(t, k) return "default" end}
local withmeta = json.decode('{"k": 1}', 1, nil, objmeta)
print(withmeta.k, withmeta.missing)
-- round trip
local data = {list = {1, 2, {3, {4}}}, str = "tab\there", num = 0.125, neg = -7}
local back = json.decode(json.encode(data))
print(back.list[3][2][1], back.str, back.num, back.neg)
print(json.quotestring("a\"b"), json.addnewline and "addnewline" or "")
print(json.encode({1, 2}, {indent = true, level = 1}))
local buf = {}
json.encode({z = 1}, {buffer = buf})
print(table.concat(buf), #buf > 0)
