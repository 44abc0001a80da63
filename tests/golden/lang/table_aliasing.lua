local a = { 1, 2, 3 }
local b = a
b[1] = 100
print("alias", a[1], a == b)
local function mutate(t) t.changed = true end
mutate(a)
print("mutated via param", a.changed)
local function replace(t) t = { "new" } return t end
local r = replace(a)
print("replace local only", a[1], r[1])
-- shallow copy
local copy = {}
for k, v in pairs(a) do copy[k] = v end
copy[2] = 200
print("copy independent", a[2], copy[2])
-- nested references
local inner = { v = 1 }
local outer1 = { inner = inner }
local outer2 = { inner = inner }
outer1.inner.v = 2
print("shared inner", outer2.inner.v)
-- table as a key
local key = {}
local m = { [key] = "found" }
print("table key", m[key], m[{}])
-- function as key
local fk = function() end
m[fk] = "function key"
print("function key", m[fk])
-- self reference
local self_ref = {}
self_ref.me = self_ref
print("self ref", self_ref.me.me.me == self_ref)
