-- in-order walk of a binary search tree, yielding from recursion
local function insert(node, v)
  if not node then return { v = v } end
  if v < node.v then node.l = insert(node.l, v) else node.r = insert(node.r, v) end
  return node
end
local function walk(node, depth)
  if not node then return end
  walk(node.l, depth + 1)
  coroutine.yield(node.v, depth)
  walk(node.r, depth + 1)
end
local root
for _, v in ipairs({ 50, 30, 70, 20, 40, 60, 80, 35, 45, 65 }) do root = insert(root, v) end
for v, d in coroutine.wrap(function() walk(root, 0) end) do
  print(string.rep("  ", d) .. v)
end
-- merge two trees' walks (same-fringe style)
local r2
for _, v in ipairs({ 10, 45, 90, 5 }) do r2 = insert(r2, v) end
local g1 = coroutine.wrap(function() walk(root, 0) end)
local g2 = coroutine.wrap(function() walk(r2, 0) end)
local a, b = g1(), g2()
local merged = {}
while a or b do
  if b == nil or (a ~= nil and a <= b) then merged[#merged + 1] = a; a = g1()
  else merged[#merged + 1] = b; b = g2() end
end
print(table.concat(merged, ","))
