local function try(label, f)
  print(label, pcall(f))
end
local t = {1, 2, 3}
try("pos #t+2", function() return table.remove(t, 5) end)
try("pos -1", function() return table.remove(t, -1) end)
try("pos 0", function() return table.remove(t, 0) end)
try("empty pos 2", function() return table.remove({}, 2) end)
try("float pos", function() return table.remove(t, 1.5) end)
try("no table", function() return table.remove() end)
try("number table", function() return table.remove(42) end)
print("direct", pcall(table.remove, t, 9))
