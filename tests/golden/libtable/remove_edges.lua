local e = {}
print("empty", table.remove(e), #e)
print("empty pos 0", table.remove(e, 0))
print("empty pos 1", table.remove(e, 1))
local t = {1, 2, 3}
print("#t+1", table.remove(t, #t + 1), #t)
local z = {[0] = "zero"}
print("pos 0 with t[0]", table.remove(z, 0), z[0])
local n = {n = 1}
print("select", select("#", table.remove(n)))
local s = {"a"}
print("last one", table.remove(s), #s, s[1])
