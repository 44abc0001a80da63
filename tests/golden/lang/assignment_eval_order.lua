-- Lua evaluates all expressions before assigning; check well-defined cases
local a = { 10, 20, 30 }
local i = 1
-- the index i in a[i] is evaluated before the assignment to i
a[i], i = 99, 3
print("a[1] a[3] i", a[1], a[3], i)

local t = {}
local key = "first"
local function getkey() return key end
t[getkey()], key = "val", "second"
print("t.first t.second key", t.first, t.second, key)

-- right-hand side function sees old values
local n = 5
local function get() return n end
n, n = get() + 1, 100
print("n is one of", n == 6 or n == 100)

-- table referenced before being replaced
local tbl = { v = "old" }
local ref = tbl
tbl, tbl.v = { v = "new" }, "changed"
print("ref.v tbl.v", ref.v, tbl.v)

-- arguments evaluated left to right
local order = {}
local function f(x) order[#order + 1] = x return x end
local function g(...) return select('#', ...) end
g(f("a"), f("b"), f("c"))
print("args", table.concat(order))

-- table constructor items evaluated in order
order = {}
local c = { f(1), f(2), k = f(3), f(4) }
print("constructor", table.concat(order, ","), c[1], c[2], c[3], c.k)

-- binary operands left to right
order = {}
local s = f("L") .. f("R")
print("concat order", table.concat(order), s)
