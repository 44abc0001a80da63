-- #t picks lua5.4's border: the array part a constructor, appends and rehashes give a
-- table decide which border it finds when there are several
local t = {1, 2.5, "three", true, false, ["key with space"] = 1, ["end"] = "kw", [10] = "ten",
  [-3] = "neg", [0.25] = "quarter", nested = {}, esc = "x", huge = math.huge,
  nhuge = -math.huge, int = 42, float = 42.0, small = 1e-7, big = 12345678901234, pi = 3.14159}
print(#t)
print(#{1, 2, 3, nil, 5}, #{1, 2, nil, 4}, #{nil, nil, 3}, #{1, nil}, #{nil})
print(#{1, 2, 3, nil, 5, nil}, #{n = 1, 1, 2, nil, 4})
local function f(...) return ... end
print(#{f(1, nil, 3)}, #{1, f(nil, nil, 4)}, #{f()}, #{f(nil)})
-- holes punched into arrays built by appends
local a = {}
for i = 1, 20 do a[#a + 1] = i end
a[10] = nil
print(#a)
a[20] = nil
a[19] = nil
print(#a)
local b = {}
for i = 1, 17 do b[i] = i end
b[17] = nil
b[8] = nil
print(#b)
-- table.insert / table.remove
local c = {}
for i = 1, 12 do table.insert(c, i) end
c[6] = nil
print(#c, select("#", table.unpack(c)))
table.remove(c)
print(#c)
table.insert(c, 1, "x")
print(#c)
-- a sparse table: the border is found in the hash part
local s = {}
s[1], s[2], s[4] = 1, 2, 4
print(#s)
s[3] = 3
print(#s)
-- string keys share the hash part and move the rehash points
local m = {1, 2, 3, x = 1, y = 2}
m[5] = 5
m.z = 3
m[4] = 4
m[6] = 6
m[3] = nil
print(#m)
-- rawlen and the table library see the same border
local r = {1, 2, nil, 4}
print(rawlen(r), select("#", table.unpack(r)), #{1, 2, 3, nil, 5})
-- inside a coroutine
print(coroutine.wrap(function()
  local q = {}
  for i = 1, 20 do q[#q + 1] = i end
  q[10] = nil
  local r1 = #q
  q[20] = nil
  q[19] = nil
  return r1, #q, #{1, 2, 3, nil, 5}
end)())
