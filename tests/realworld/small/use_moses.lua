-- requires: lua-moses
-- Moses: functional utilities (shipped for Lua 5.1-5.3 only)
package.path = package.path .. ";/usr/share/lua/5.3/?.lua"
local M = require "moses"
local function show(t) if type(t) ~= "table" then return tostring(t) end local o = {} for i, v in ipairs(t) do o[i] = show(v) end return "{" .. table.concat(o, ",") .. "}" end
print(show(M.range(1, 10, 3)), show(M.map({1, 2, 3}, function(v) return v * 2 end)), M.reduce({1, 2, 3, 4}, function(a, b) return a + b end))
print(show(M.select({1, 2, 3, 4, 5}, function(v) return v % 2 == 1 end)), show(M.reject({1, 2, 3}, function(v) return v > 1 end)))
print(M.all({2, 4}, function(v) return v % 2 == 0 end), M.include({1, 2}, 2), M.count({1, 1, 2}, 1), M.size({1, 2, 3}))
print(show(M.sort({3, 1, 2})), show(M.sortBy({"ccc", "a", "bb"}, function(s) return #s end)), show(M.reverse({1, 2, 3})))
print(show(M.flatten({1, {2, {3, {4}}}})), show(M.flatten({1, {2, {3}}}, true)), show(M.uniq({1, 1, 2, 3, 3})))
print(show(M.union({1, 2}, {2, 3})), show(M.intersection({1, 2, 3}, {2, 3, 4})), show(M.difference({1, 2, 3}, {2})))
print(show(M.zip({1, 2}, {"a", "b"})), show(M.nth and M.nth({7, 8, 9}, 2) or ""), show(M.chunk({1, 1, 2, 3, 3}, function(v) return v end)))
print(show(M.first({5, 6, 7}, 2)), show(M.last({5, 6, 7}, 2)), show(M.rest({5, 6, 7}, 2)), show(M.initial({5, 6, 7})))
print(M.max({3, 9, 2}), M.min({3, 9, 2}), M.sum({1, 2, 3}), M.product({2, 3, 4}), M.mean({1, 2, 3, 4}))
print(M.isArray({1, 2}), M.isArray({a = 1}), M.isEmpty({}), M.isEqual({1, {2}}, {1, {2}}), M.isFunction(print), M.isInteger(2))
local memo = M.memoize(function(n) return n * n end)
print(memo(9), memo(9))
local once = M.once(function(x) return x end)
print(once(1), once(2))
print(M.compose(function(x) return x + 1 end, function(x) return x * 2 end)(5), M.pipe(3, function(x) return x * 2 end, function(x) return x - 1 end))
print(show(M.keys({a = 1}) ), show(M.invert({a = "x"}) and M.keys(M.invert({a = "x"}))), M.identity("id"))
print(show(M.fill({0, 0, 0}, 7, 2)), show(M.zeros(3)), show(M.ones(2)), show(M.rep("x", 3)))
print(show(M.powerset({1, 2})))
print(M.chain({1, 2, 3}):map(function(v) return v * 10 end):reduce(function(a, b) return a + b end):value())
local counter = 0
M.times(function() counter = counter + 1 end, 3)
print(counter, M.bind(function(a, b) return a .. b end, "pre")("post"), M.curry(function(a, b) return a - b end, 2)(10)(3))
print(show(M.groupBy({1, 2, 3, 4}, function(v) return v % 2 == 0 and "even" or "odd" end).even))
