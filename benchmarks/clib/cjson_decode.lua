-- lua-cjson speed: decoding a generated 270 KB document
package.path = "../../tests/golden/clib/data/?.lua;" .. package.path
local cjson = require "cjson"
package.path = "./?.lua;" .. package.path
local doc = require "jsondoc"
local stats = require "jsonstats"
local v
for i = 1, 60 do v = cjson.decode(doc) end
print(#doc, #v, stats(v, cjson.null))
