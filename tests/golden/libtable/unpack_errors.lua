local function try(label, f)
  print(label, pcall(f))
end
try("too many", function() return table.unpack({}, 1, 1e8) end)
try("huge range", function() return table.unpack({}, math.mininteger, math.maxinteger) end)
try("nil table", function() return table.unpack(nil) end)
try("nil table range", function() return table.unpack(nil, 1, 2) end)
try("float i", function() return table.unpack({}, 1.5) end)
try("max..max", function() return table.unpack({}, math.maxinteger, math.maxinteger) end)
