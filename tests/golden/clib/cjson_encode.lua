-- cjson.encode (lua-cjson 2.1.0): strings and their escapes (/ becomes \/), numbers as
-- %.14g of a double, arrays and sparse arrays, objects (one key each: lua2py lists keys
-- in insertion order, lua5.4 in hash order), null, nesting limits, NaN and Inf, and the
-- configuration functions with their argument errors
local c = require "cjson"
local function t(f, ...) print(pcall(f, ...)) end
print(c._NAME, c._VERSION, c.null, type(c.null), getmetatable(c.null), c.empty_array, c.array_mt)
print(c.encode(1), c.encode(1.5), c.encode(-0.0), c.encode(2^53), c.encode(math.maxinteger), c.encode(math.mininteger))
print(c.encode(1e300), c.encode(0.1), c.encode(1/3), c.encode(-123456789012), c.encode(5e-324), c.encode(1e15), c.encode(1e16))
print(c.encode("plain"), c.encode(""), c.encode("a/b\"c\\d\1\127\200\n\t\b\f\r\0z"), c.encode("\u{20ac}\255"))
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
print(c.encode(table.concat(all)))
print(c.encode(true), c.encode(false), c.encode(nil), c.encode(c.null), c.encode({c.null, nil, 3}))
print(c.encode({}), c.encode({{}}), c.encode({1, "two", {3}, {x = 4}}), c.encode({[1]=1, [3]=3}), c.encode({[1]=1,[10]=1}))
print(c.encode({[2]=2}), c.encode({[1.0]=1, [2]=2}), c.encode({[1.5]=1}), c.encode({[0]=1}), c.encode({[-1]=1}))
print(c.encode({a = 1}), c.encode({["k/\n"] = {y = {z = true}}}), c.encode({[9]=1, [10]=2}), c.encode({[7]=1, x=2}) ~= nil)
print(c.encode(setmetatable({}, {__index = function() return 1 end})), c.encode(setmetatable({5}, {__len = function() return 9 end})))
t(c.encode, {[1]=1,[12]=1}); t(c.encode, {[1]=1,[11]=1}); t(c.encode, 0/0); t(c.encode, -(0/0)); t(c.encode, math.huge)
t(c.encode, {[true]=1}); t(c.encode, {[c.null]=1}); t(c.encode, print); t(c.encode, coroutine.create(print))
t(c.encode, io.stdout); t(c.encode, {1, {print}}); t(c.encode, {[math.huge]=1}); t(c.encode, {x = 0/0})
t(c.encode); t(c.encode, 1, 2); t(c.encode, nil, nil)
print(c.encode_invalid_numbers(), c.encode_invalid_numbers("on"), c.encode(0/0), c.encode(-(0/0)), c.encode(math.huge), c.encode(-math.huge))
print(c.encode({[math.huge] = 1}), c.encode_invalid_numbers("null"), c.encode(0/0), c.encode({0/0, 1}), c.encode_invalid_numbers(false))
print(c.encode_invalid_numbers(true), c.encode_invalid_numbers("off"), c.encode_invalid_numbers(nil))
t(c.encode_invalid_numbers, "maybe"); t(c.encode_invalid_numbers, 1); t(c.encode_invalid_numbers, {}); t(c.encode_invalid_numbers, 1, 2)
print(c.encode_sparse_array(), c.encode_sparse_array(true), c.encode({[1]=1,[12]=1}), c.encode_sparse_array(false, 3, 20))
print(c.encode({[1]=1, [20]=1}), c.encode({[1]=1, [20]=1, [2]=1}), pcall(c.encode, {[1]=1, [21]=1}))
print(c.encode_sparse_array(nil, 0), c.encode({[1]=1, [100]=1}) ~= nil, c.encode_sparse_array("on", 1, 0), c.encode({[2] = 1}))
print(c.encode_sparse_array("off", 2, 10))
t(c.encode_sparse_array, nil, -1); t(c.encode_sparse_array, nil, nil, 1.5); t(c.encode_sparse_array, 1, 2, 3, 4)
t(c.encode_sparse_array, "yes"); t(c.encode_sparse_array, nil, nil, -5); t(c.encode_sparse_array, nil, 2^31)
print(c.encode_number_precision(), c.encode_number_precision(3), c.encode(math.pi), c.encode({1/3, 2/3}), c.encode(123456))
print(c.encode_number_precision(1), c.encode(0.15), c.encode(95), c.encode_number_precision("14"))
t(c.encode_number_precision, 0); t(c.encode_number_precision, 15); t(c.encode_number_precision, "x"); t(c.encode_number_precision, 2.5)
print(c.encode_max_depth(), c.encode_keep_buffer(), c.encode_keep_buffer("off"), c.encode_keep_buffer(true), c.encode_keep_buffer(false))
t(c.encode_keep_buffer, "sometimes"); c.encode_keep_buffer("on")
local deep = {}; local cur = deep; for i = 1, 1100 do cur[1] = {}; cur = cur[1] end
t(c.encode, deep); print(c.encode_max_depth(5)); t(c.encode, {{{{{1}}}}}); t(c.encode, {{{{{{1}}}}}}); t(c.encode, {a = {b = {c = {d = {e = {}}}}}})
t(c.encode_max_depth, 0); print(c.encode_max_depth(1000))
local cyc = {}; cyc[1] = cyc; t(c.encode, cyc); local cyc2 = {}; cyc2.me = cyc2; t(c.encode, cyc2)
local big = {}
for i = 1, 2000 do big[i] = {i, i * 0.5, "s" .. i, i % 2 == 0} end
local s = c.encode(big)
print(#s, s:sub(1, 80), s:sub(-60))
