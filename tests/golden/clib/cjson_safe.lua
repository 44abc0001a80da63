-- cjson.safe: encode and decode return nil and the message instead of raising (with no
-- position: the error is raised inside the C function), but still raise for a wrong
-- argument count; new() gives modules with their own configuration; require paths
local c = require "cjson"
local s = require "cjson.safe"
print(select("#", require "cjson.safe"), package.loaded["cjson.safe"] == s, s ~= c, s.null == c.null)
print(s.decode("x")); print(s.decode("[1,")); print(s.encode(print)); print(s.encode({[1]=1, [100]=2}))
print(s.decode("[1]")[1], s.encode({1, 2}), s.decode('{"a":"b"}').a, s.decode("null") == s.null)
print(pcall(s.decode)); print(pcall(s.encode, 1, 2)); print(pcall(s.decode, {}))
local ok, err = pcall(c.decode, "x"); print(ok, err)
print(select("#", s.decode("x")), select("#", s.decode("1")))
print(s._NAME, s._VERSION, s.new ~= c.new, type(s.encode_number_precision))
-- each module has its own configuration
print(s.encode_number_precision(3), s.encode(1/3), c.encode(1/3), c.encode_number_precision())
local n = c.new()
print(n.encode_number_precision(5), c.encode_number_precision(), n.encode(1/3), c.encode(1/3), n.null == c.null)
print(pcall(n.encode, 0/0), n.encode_invalid_numbers("null"), n.encode(0/0), pcall(c.encode, 0/0))
local sn = s.new()
print(sn.decode("bad"), sn.encode_number_precision(), s.encode_number_precision(), sn.new ~= n.new)
print(n.decode_max_depth(2), pcall(n.decode, "[[[1]]]")); print(c.decode("[[[1]]]")[1][1][1])
print(sn.decode_max_depth(1), sn.decode("[[1]]"))
-- the loaders: cjson.safe comes from the cjson library file, like lua5.4 finds it
local function file(name) local _, f = require(name) return f end
package.loaded["cjson"] = nil; package.loaded["cjson.safe"] = nil
print((select(2, require "cjson")):match("[^/]*$"), (select(2, require "cjson.safe")):match("[^/]*$"))
print(require "cjson" ~= c, require("cjson").encode({true}))
