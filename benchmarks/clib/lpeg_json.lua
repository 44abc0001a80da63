-- LPeg matching speed: a JSON decoder written with LPeg combinators (tests/golden/clib/data/json_lpeg.lua)
-- decoding a generated 270 KB document
package.path = "../../tests/golden/clib/data/?.lua;" .. package.path
local J = require "json_lpeg"
package.path = "./?.lua;" .. package.path
local doc = require "jsondoc"
local stats = require "jsonstats"
local v
for i = 1, 20 do v = J.decode(doc) end
print(#doc, #v, stats(v, J.null))
