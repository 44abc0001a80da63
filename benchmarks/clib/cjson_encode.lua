-- lua-cjson speed: encoding the decoded 270 KB document (tables, strings, numbers)
package.path = "../../tests/golden/clib/data/?.lua;" .. package.path
local cjson = require "cjson"
package.path = "./?.lua;" .. package.path
local v = cjson.decode((require "jsondoc"))
local s
for i = 1, 100 do s = cjson.encode(v) end
print(#s > 0, #cjson.decode(s))
