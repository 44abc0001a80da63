local cjson = require "cjson"
cjson.encode_sparse_array(true)
print(cjson.encode({[3] = "c", [1] = "a", [2] = "b"}))
print(cjson.encode({[100] = 1, [5] = 2, [-1] = 3}))
print(pcall(cjson.encode, {[1] = 1, [2.5] = 2}))
local t = {}; for i = 10, 1, -1 do t[i * 7] = i end
print(cjson.encode(t))
local u = {n = 2, 10, 20}; print(pcall(cjson.encode, u))
local m = {}; for i = 20, 1, -1 do m[i * 3] = i end
print(cjson.encode(m))
print(pcall(cjson.encode, {[1] = 1, [3] = 3, [true] = 1}))
