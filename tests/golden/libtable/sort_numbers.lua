local t = {5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
table.sort(t)
print(table.concat(t, " "))
local f = {3.5, -1, 2, 1e10, -math.huge, 0.25, math.huge, -7}
table.sort(f)
print(table.concat(f, " "))
local m = {3, 1.5, 2, 1, 2.5}
table.sort(m)
print(table.concat(m, " "))
local one = {42}
table.sort(one)
print(one[1])
local empty = {}
table.sort(empty)
print(#empty)
