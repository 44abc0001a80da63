-- requires: lua-penlight
-- pl.List, pl.Map, pl.Set, pl.OrderedMap, pl.MultiMap
local List = require "pl.List"
local Map = require "pl.Map"
local Set = require "pl.Set"
local OrderedMap = require "pl.OrderedMap"
local MultiMap = require "pl.MultiMap"

local l = List {10, 20, 30}
print(l, #l, l:len(), List.is_a(l, List), tostring(List()))
l:append(40):extend {50, 60}
print(l, l:pop(), l:pop(1), l)
l:insert(1, 5) l:put(1) print(l)
print(l:index(20), l:contains(30), l:contains(99), l:count(20))
l:remove_value(20) print(l)
print(l:slice(2, 3), l:slice(-2), l:reverse())
print(List {3, 1, 2}:sort(), List {3, 1, 2}:sorted(">"), List {"b", "a"}:sort())
print(List {1, 2, 3}:map(function(x) return x * 2 end), List {1, 2, 3}:map("+", 10))
print(List {1, 2, 3, 4}:filter(function(x) return x % 2 == 0 end), List {1, 2, 3}:reduce("+"))
print(List {1, 2, 3}:concat(","), List {"a", "b"}:join("-"))
print(List {1, 2} .. List {3}, List {1, 2} == List {1, 2}, List {1, 2} == List {2, 1})
print(List.split("a b c"), List.split("a,b", ","))
print(List {1, 2, 3, 4, 5}:chop(2, 3), List {1, 2}:clone(), List {1, 2, 3}:minmax())
print(List {"a", "b", "c"}:splice(2, {"x", "y"}))
print(List {1, 2, 3}:partition(function(x) return x > 1 and "big" or "small" end))
local it = {}
for x in List {7, 8}:iter() do it[#it + 1] = x end
print(table.concat(it, ","))
print(List {3, 4}:transform(function(x) return x + 1 end), List {{1, "a"}, {2, "b"}}:map(function(p) return p[2] end))
print(type(List.iterate("abc")), type(List.iterate(List {1, 2})))
print(List {1, 2, 3}:foreach(function(x) io.write(x, ";") end))
print(List {1, 2, 3}:slice_assign(2, 3, {9}))
print(List {5, 3, 8}:sorted(), List {}:sorted())
print(List {1, List {2, 3}}, List {"x", 1.5, true})
print(pcall(List.pop, List {}))
print(List {1, 2, 3}:clear(), List {1, 2} ~= nil)

-- Map
local m = Map {alpha = 1, beta = 2}
print(m:get("alpha"), m:len(), Map:class_of(m), m:keys():sorted(), m:values():sorted())
m:set("gamma", 3) m:update {delta = 4}
print(m:len(), m:getvalues {"alpha", "delta"}, m:items():sort(function(a, b) return a[1] < b[1] end))
print(Map {x = 1} == Map {x = 1}, Map {x = 1} == Map {x = 2})
print(m:setdefault("alpha", 99), m:setdefault("eps", 5), m.eps)

-- Set
local s1, s2 = Set {1, 2, 3}, Set {2, 3, 4}
local function sorted(s) local t = Set.values(s) table.sort(t) return table.concat(t, ",") end
print(sorted(s1 + s2), sorted(s1 * s2), sorted(s1 - s2), sorted(s1 ^ s2))
print(Set.len(s1), Set.isempty(Set {}), s1 == Set {3, 2, 1}, Set.issubset(Set {1}, s1), Set {1} < s1, s1 < s1)
print(sorted(Set.map(s1, function(x) return x * 10 end)), Set.isdisjoint(s1, Set {9}), s1[2], s1[9])
print(tostring(Set {"only"}), Set {1, 2} <= s1)
print(sorted(Set.union(s1, Set {"z"}) - Set {"z"}), sorted(Set.intersection(s1, s2)), sorted(Set.difference(s1, s2)))

-- OrderedMap keeps insertion order
local om = OrderedMap()
om:set("one", 1) om:set("two", 2) om:set("three", 3)
print(om, om:keys(), om:values(), om:len())
om:set("two", nil) om:insert(1, "zero", 0)
print(om)
for k, v in om:iter() do io.write(k, "=", v, " ") end print()
om:sort() print(om)
print(OrderedMap {{c = 3}, {a = 1}, {b = 2}})
print(om:set("zero", 10), om["zero"])

-- MultiMap
local mm = MultiMap()
mm:set("a", 1) mm:set("a", 2) mm:set("b", 3)
print(mm.a, mm.b, mm:get("a"))
local mmk = {}
for k, vs in pairs(mm) do mmk[#mmk + 1] = k .. ":" .. tostring(#vs) end
table.sort(mmk) print(table.concat(mmk, " "))
