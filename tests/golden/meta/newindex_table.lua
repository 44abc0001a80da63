local store = {}
local t = setmetatable({}, { __newindex = store })
t.x = 1
print("t.x", t.x, "store.x", store.x, "rawget", rawget(t, "x"))
-- existing keys are assigned directly
rawset(t, "y", 1)
t.y = 2
print("t.y", t.y, "store.y", store.y)
-- chained __newindex tables
local final = {}
local mid = setmetatable({}, { __newindex = final })
local top = setmetatable({}, { __newindex = mid })
top.k = "v"
print("chain", rawget(top, "k"), rawget(mid, "k"), final.k)
-- __newindex with __index to same store
local backing = {}
local p = setmetatable({}, { __index = backing, __newindex = backing })
p.a = 10
p.a = p.a + 5
print("proxy", p.a, backing.a, rawget(p, "a"))
-- assigning nil through __newindex
p.a = nil
print("after nil", p.a, backing.a)
