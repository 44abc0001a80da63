-- Local functions only ever called by name get exact-arity signatures; callers pass
-- exactly that many arguments, and skip the tuple test when every return gives one value.
local function add(a, b) return a + b end
local function pair(a) return a, a * 2 end
local function one() return 1 end
print(add(1, 2), add(3, 4, 5))
print(pair(5))
local p, q = pair(7)
print(p, q, one())
print(add(one(), one()), select("#", pair(1)))
