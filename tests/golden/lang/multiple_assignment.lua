-- swap
local a, b = 1, 2
a, b = b, a
print("swap", a, b)

-- rotate
local x, y, z = 1, 2, 3
x, y, z = y, z, x
print("rotate", x, y, z)

-- all right-hand sides evaluated before assignment
local t = { 1, 2, 3 }
local i = 1
i, t[i] = i + 1, 20
print("i, t[1], t[2]", i, t[1], t[2])

-- extra values are dropped, missing values become nil
local p, q, r = 1, 2
print("pqr", p, q, r)
p, q = 5, 6, 7
print("pq", p, q)

-- function calls on the right are evaluated left to right
local log = {}
local function v(n) log[#log + 1] = n; return n end
local m, n, o = v(1), v(2), v(3)
print("order", table.concat(log, ","), m, n, o)

-- assignment to table fields with expressions as keys
local tt = {}
local k = "key"
tt[k], tt[k .. "2"], tt[1 + 1] = "v1", "v2", "v3"
print(tt.key, tt.key2, tt[2])

-- nested table targets
local u = { inner = {} }
u.inner.a, u.inner.b = "A", "B"
print(u.inner.a, u.inner.b)

-- multiple results only expand at the end
local function two() return "x", "y" end
local s1, s2, s3 = two(), two()
print(s1, s2, s3)
local w1, w2, w3 = 0, two()
print(w1, w2, w3)
