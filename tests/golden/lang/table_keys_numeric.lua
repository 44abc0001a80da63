local t = {}
t[1] = "int one"
print("t[1.0]", t[1.0])
t[2.0] = "float two"
print("t[2]", t[2], math.type(next({ [2.0] = true })))
t[2^53] = "big"
print("t[2^53 int]", t[1 << 53])
t[-0.0] = "neg zero"
print("t[0]", t[0])
t[1.5] = "one and half"
print("t[1.5]", t[1.5], t[3 / 2])
-- string keys are not numbers
t["3"] = "string three"
print("t[3]", t[3], t["3"])
-- keys after arithmetic
local k = 10 / 2
print("10/2 key type", math.type(k))
t[k] = "five"
print("t[5]", t[5])
-- integer-valued float as key in constructor
local c = { [3.0] = "c3" }
print("c[3]", c[3])
-- count keys
local cnt = 0
for _ in pairs(t) do cnt = cnt + 1 end
print("count", cnt)
-- math.huge as key
t[math.huge] = "inf"
print("inf key", t[1 / 0])
