local t = {}
for i = 1, 10 do t[i] = i end
print(#t)
t[5] = nil
local n = #t
print("border is 4 or 10", n == 4 or n == 10)
t[5] = 5
print(#t)
local u = {}
u[1] = 1; u[2] = 2; u[4] = 4
local m = #u
print("border 2 or 4", m == 2 or m == 4)
local v = { n = 3 }
print(#v)
local w = {}
w[2.0] = "a"; w[1] = "b"
print(#w, w[2])
