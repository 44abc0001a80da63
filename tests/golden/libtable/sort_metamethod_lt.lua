local mt = {__lt = function(a, b) return a.v < b.v end}
local function V(v, id) return setmetatable({v = v, id = id}, mt) end
local t = {}
local vals = {4, 1, 3, 1, 2, 4, 3, 2}
for i, v in ipairs(vals) do t[i] = V(v, i) end
table.sort(t)
for _, o in ipairs(t) do io.write(o.v, "/", o.id, " ") end
print()
print("max", math.max(V(1, "a"), V(5, "b"), V(3, "c")).id)
print("min", math.min(V(1, "a"), V(5, "b"), V(0, "c")).id)
