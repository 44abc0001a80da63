-- requires: lua-penlight
-- pl.utils, pl.tablex, pl.types, pl.compat: the everyday helpers
local utils = require "pl.utils"
local tablex = require "pl.tablex"
local types = require "pl.types"
local compat = require "pl.compat"
local pretty = require "pl.pretty"

local function show(v) return pretty.write(v, "") end

print(utils._VERSION, compat.lua51, compat.lua53, compat.is_windows)
print(utils.pack(1, nil, 3).n, select("#", utils.unpack({1, 2, 3}, 1, 3)))
print(utils.choose(true, "a", "b"), utils.choose(false, "a", "b"))
print(show(utils.split("a,b,,c", ",")), show(utils.split("  a b  c ")), show(utils.split("a1b2c", "%d", false, 2)))
print(utils.splitv("k=v", "="))
print(show(utils.array_tostring({1, 2.5, true})))
print(utils.quote_arg("simple"), utils.quote_arg("has space"), utils.quote_arg({"a b", "c"}))
print(utils.escape("a.b*c"), ("x.y"):gsub(utils.escape("."), "!"))
print(utils.is_type("s", "string"), utils.is_type(io.stdout, "userdata"), types.is_callable(print), types.is_callable({}))
print(types.is_integer(3), types.is_integer(3.5), types.is_empty({}), types.is_empty(""), types.is_empty({1}), types.is_empty(nil))
print(types.is_indexable({}), types.is_iterable({}), types.is_writeable({}), types.to_bool("yes"), types.to_bool(0), types.to_bool("no"))
local memo_calls = 0
local sq = utils.memoize(function(x) memo_calls = memo_calls + 1 return x * x end)
print(sq(4), sq(4), sq(5), memo_calls)
local add = utils.bind1(function(a, b) return a + b end, 10)
print(add(5), utils.bind2(function(a, b) return a .. b end, "!")("hi"))
print(utils.string_lambda("|x| x * 2")(21), utils.string_lambda("_ + 1")(1))
local ok, err = pcall(utils.string_lambda, "|x| x +")
print(ok, type(err))
print(utils.assert_string(1, "s"))
print(pcall(function() utils.assert_arg(2, 42, "string") end))
print(pcall(utils.assert_arg, 1, "x", "number"))
print(utils.raise and "raise" or "no raise", utils.on_error and "on_error" or "")
print(utils.enum and "enum" or "no enum")
local E = utils.enum("ONE", "TWO")
print(E.ONE, E.TWO, pcall(function() return E.THREE end))
print(utils.kpairs and "kpairs" or "")
local keys = {}
for k, v in utils.kpairs({1, 2, x = 3, y = 4}) do keys[#keys + 1] = k .. "=" .. v end
table.sort(keys)
print(table.concat(keys, " "))

-- tablex
local t = {10, 20, 30}
print(show(tablex.copy(t)), show(tablex.deepcopy({a = {b = {c = 1}}})))
print(tablex.deepcompare({1, {2, {3}}}, {1, {2, {3}}}), tablex.deepcompare({1, 2}, {1, 3}), tablex.compare({1, 2}, {1, 2}, "=="))
print(tablex.size({a = 1, b = 2, 3}), tablex.find({5, 6, 7}, 6), tablex.rfind({1, 2, 1}, 1), tablex.index_by({10, 20, 30}, {3, 1})[1])
print(show(tablex.map(function(x) return x * x end, {1, 2, 3})), show(tablex.imap(string.upper, {"a", "b"})))
print(show(tablex.map2(function(a, b) return a + b end, {1, 2}, {10, 20})))
print(tablex.reduce("+", {1, 2, 3, 4}), tablex.reduce(function(a, b) return a .. b end, {"x", "y", "z"}))
print(show(tablex.filter({1, 2, 3, 4, 5}, function(x) return x % 2 == 1 end)))
print(show(tablex.zip({1, 2}, {"a", "b"})), show(tablex.range(1, 5)), show(tablex.range(10, 1, -3)))
print(show(tablex.merge({a = 1, b = 2}, {b = 3, c = 4}, true)), show(tablex.merge({a = 1, b = 2}, {b = 3, c = 4}, false)))
print(show(tablex.difference({a = 1, b = 2}, {b = 3})), show(tablex.union({1, 2}, {3})))
print(show(tablex.values({1, 2, 3})))
local sk = tablex.keys({z = 1, a = 2, m = 3}) table.sort(sk) print(show(sk))
print(show(tablex.makeset({"a", "b"})), show(tablex.count_map({"a", "b", "a"})))
print(show(tablex.index_map({"x", "y"})))
print(show(tablex.sub({1, 2, 3, 4, 5}, 2, 4)), show(tablex.sub({1, 2, 3, 4, 5}, -2)))
local dest = {1, 2, 3, 4, 5}
tablex.insertvalues(dest, 2, {"a", "b"}) print(show(dest))
tablex.removevalues(dest, 2, 3) print(show(dest))
print(show(tablex.new(3, 0)), show(tablex.clear({1, 2, 3}, 2)))
print(show(tablex.set({1, 2, 3}, 9, 2, 3)), tablex.icopy({1, 2, 3}, {8, 9}, 2)[3])
local order = {}
for k, v in tablex.sort({c = 3, a = 1, b = 2}) do order[#order + 1] = k .. v end
print(table.concat(order, ","))
order = {}
for k, v in tablex.sortv({c = 3, a = 1, b = 2}, function(x, y) return x > y end) do order[#order + 1] = k .. v end
print(table.concat(order, ","))
print(show(tablex.mapn(function(a, b, c) return a + b + c end, {1, 2}, {10, 20}, {100, 200})))
print(show(tablex.pairmap(function(k, v) return v, k end, {a = "x"})))
print(tablex.count_map and show(tablex.count_map({1, 1, 2})))
local readonly = tablex.readonly({1, 2})
print(readonly[1], pcall(function() readonly[3] = 1 end))
print(tablex.search({a = {b = {c = 42}}}, 42), tablex.update({a = 1}, {b = 2}).b)
print(show(tablex.transform(function(v) return v * 10 end, {1, 2})))
print(tablex.minmax and "" or "no minmax", show(tablex.intersection({a = 1, b = 2}, {b = 5, c = 6})))
print(pcall(tablex.copy, nil))
