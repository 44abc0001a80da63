-- LPeg matching speed: the same JSON decoder in re syntax (tests/golden/clib/data/json_re.lua)
package.path = "../../tests/golden/clib/data/?.lua;" .. package.path
local J = require "json_re"
package.path = "./?.lua;" .. package.path
local doc = require "jsondoc"
local stats = require "jsonstats"
local v
for i = 1, 20 do v = J.decode(doc) end
print(#doc, #v, stats(v, J.null))
