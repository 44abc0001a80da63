local function try(label, f)
  print(label, pcall(f))
end
local t = {1, 2, 3}
try("too many elements", function() return table.move(t, -1, math.maxinteger, 2) end)
try("wrap around", function() return table.move(t, 1, 3, math.maxinteger) end)
try("bad dest", function() return table.move(t, 1, 3, 2, 5) end)
try("missing args", function() return table.move(t, 1, 3) end)
try("float index", function() return table.move(t, 1.5, 2, 3) end)
try("nil source", function() return table.move(nil, 1, 2, 3) end)
print("ok near max", pcall(table.move, t, 1, 3, math.maxinteger - 2) == true)
