local function f() return 1, 2, 3 end
local a, b, c, d = 0, f()
print(a, b, c, d)
local e, g = f(), f()
print(e, g)
local t = {}
t.x, t.y, t.z = f()
print(t.x, t.y, t.z)
local h, i = (f())
print(h, i)
local p, q, r = f(), 10, f()
print(p, q, r)
local s = { f(), f() }
print(#s)
