local t = { a = { b = { c = { d = "deep" } } } }
print(t.a.b.c.d, t["a"]["b"].c["d"])
t.a.b.c.e = { 1, 2, { 3, 4 } }
print(t.a.b.c.e[3][2], #t.a.b.c.e)
local grid = {}
for i = 1, 3 do grid[i] = {} for j = 1, 3 do grid[i][j] = i * 10 + j end end
print(grid[2][3], grid[3][1], #grid, #grid[1])
local rows = {}
for i = 1, 3 do rows[i] = table.concat(grid[i], " ") end
print(table.concat(rows, " / "))
local function depth(x) if type(x) ~= "table" then return 0 end local m = 0 for _, v in pairs(x) do local d = depth(v) if d > m then m = d end end return m + 1 end
print("depth", depth(t), depth({}), depth(5))
local tree = { value = 1, children = { { value = 2, children = {} }, { value = 3, children = { { value = 4, children = {} } } } } }
local function sum(n) local s = n.value for _, c in ipairs(n.children) do s = s + sum(c) end return s end
print("tree sum", sum(tree))
