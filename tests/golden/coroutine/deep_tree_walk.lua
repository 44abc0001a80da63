-- a degenerate tree 3000 levels deep: yields happen 3000 frames down
local root = nil
for i = 3000, 1, -1 do root = { v = i, next = root } end
local function walk(node)
  if node == nil then return end
  coroutine.yield(node.v)
  walk(node.next)
  if node.v % 1000 == 0 then coroutine.yield("unwinding " .. node.v) end
end
local sum, count, marks = 0, 0, {}
for v in coroutine.wrap(function() walk(root) end) do
  if type(v) == "number" then sum = sum + v; count = count + 1
  else marks[#marks + 1] = v end
end
print("count", count, "sum", sum)
print(table.concat(marks, "; "))
