local function try(label, t, f)
  local ok, err = pcall(table.sort, t, f)
  print(label, ok, err, table.concat(t, " "))
end
try("always true 3", {3, 1, 2}, function(a, b) return true end)
try("always true 5", {5, 3, 4, 1, 2}, function(a, b) return true end)
local t = {}
for i = 1, 20 do t[i] = i end
try("always true 20", t, function(a, b) return true end)
try("always false", {4, 2, 7, 1, 9, 3}, function(a, b) return false end)
try("<= comparator", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, function(a, b) return a <= b end)
try("nil result", {3, 2, 1}, function(a, b) end)
