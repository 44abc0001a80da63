-- cjson.decode (lua-cjson 2.1.0): every number a float (strtod's reading: hex, inf, nan,
-- leading zeros, "+"), strings and escapes (\u with surrogate pairs), null, nesting limits,
-- an embedded NUL ending the text, decode_invalid_numbers, and the exact error messages
package.path = "data/?.lua;" .. package.path
local show = require "show"
local c = require "cjson"
local function d(s) print(string.format("%q", s), show.try(c.decode, s)) end
print(c.decode("1"), math.type(c.decode("1")), c.decode("-0"), c.decode("123456789012345678"), c.decode('"x"'), c.decode("true"))
print(c.decode("null") == c.null, c.decode("[null]")[1] == c.null, c.decode("false"), c.decode("1E2"), c.decode("-1.5e-3"))
for _, s in ipairs{"", " ", "x", "[1,]", "{1:2}", '{"a" 1}', '[1 2]', '"abc', '"\\x"', '"\\u12"', '"\\u12g4"',
  '"\\ud800"', '"\\udc00"', '"\\ud800\\u0041"', '"\\ud800x"', '"\\ud83d\\ude00"', '"\\u0000"', '"\\u00e9\\u20ac"',
  "01", "0x10", "0X1p4", "0x", "0x.8", "+1", "1.", "-", "-x", ".5", "-.5", "1e5x", "1e", "1e+", "inf", "-inf",
  "INFINITY", "infinit", "nan", "-nan", "nan(123)", "NaN", "Infinity", "1e999", "-1e999", "1e-400", "00012",
  "[1]\0x", '"a\0b"', "\0", "tru", "nul", "falsey", "true false", "[[[1]]]", '{"a":1,"a":2}', "[] x", "  [ ]  ",
  "1 2", "\t\n\r [1]\n", '{"a":[1,{"b":null}],"c":"d"}', '["\\/\\\\\\"\\b\\f\\n\\r\\t"]', '"\1\31\127\200"',
  '{"":0}', "[1,2,3,]", "{,}", "[,]", "{", "[", '{"a"', '{"a":', '{"a":1', '{"a":1,', "]", "}", ":", ",",
  "[1:2]", '{"a":1 "b":2}', "\xef\xbb\xbf[1]", "[-]", "[1e]", "[0x]", "\255", '"\\u0041\\u00"'} do
  d(s)
end
print(c.decode_max_depth(3)); d("[[[1]]]"); d("[[[[1]]]]"); d('{"a":{"b":{"c":{}}}}'); d("[[[ ]]]"); d("[{}, [[]]]")
print(c.decode_max_depth(1000)); d(string.rep("[", 1000) .. string.rep("]", 1000)); d(string.rep("[", 1001) .. string.rep("]", 1001))
print(c.decode_invalid_numbers(false))
for _, s in ipairs{"0x10", "+1", "inf", "nan", "01", "-Infinity", "1.5", "-.5", "0", "-0", "NaN", "[1, Infinity]", "-nan"} do d(s) end
print(c.decode_invalid_numbers(true), c.decode_invalid_numbers("off"), c.decode_invalid_numbers("on"))
print(pcall(c.decode)); print(pcall(c.decode, 1, 2)); print(pcall(c.decode, 123)); print(pcall(c.decode, true))
print(pcall(c.decode, "\0\0")); print(pcall(c.decode, "a\0")); print(pcall(c.decode, nil)); print(pcall(c.decode_max_depth, 0))
-- a generated document, decoded and encoded again (sorted keys, so lua2py's key order does not show)
local gen = require "jsongen"
local doc = gen.document(400, 3)
local v = c.decode(doc)
print(#doc, #v, #gen.encode(v, c.null), gen.encode(v, c.null):sub(1, 150))
local again = c.decode(c.encode(v))
print(gen.encode(again, c.null) == gen.encode(v, c.null))
-- strings with raw bytes and escapes mixed
d('"caf\xc3\xa9 \\u00e9 \xe9"'); d('["\xff", "\\u00ff"]')
