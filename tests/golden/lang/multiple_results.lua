local function none() end
local function one() return 1 end
local function three() return 1, 2, 3 end

print("three", three())
print("(three)", (three()))
print("three in middle", three(), "end")
print("none at end", "a", none())
print("none in middle", none(), "b")

local t = { three(), three() }
print("#t", #t, t[1], t[2], t[4])
local t2 = { three(), (three()) }
print("#t2", #t2)
local t3 = { none() }
print("#t3", #t3)

local a, b, c, d = three()
print("abcd", a, b, c, d)
local e, f = none()
print("ef", e, f)
local g, h, i = three(), 10
print("ghi", g, h, i)
local j, k = (three())
print("jk", j, k)

-- in return statements
local function r1() return three() end
local function r2() return (three()) end
local function r3() return three(), three() end
print("r1", r1())
print("r2", r2())
print("r3", r3())

-- as arguments
print("string.format", string.format("%d %d %d", three()))
print(math.max(three()), math.max(three(), 0))

-- in conditions only the first counts
if none() then print("bad") else print("none is falsy") end
local x = three() + 10
print("three()+10", x)
-- concat uses first value
print("concat", three() .. "x")
