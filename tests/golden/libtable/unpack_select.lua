local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...) or 0) end
  return s
end
local t = {}
for i = 1, 100 do t[i] = i end
print("sum 1..100", sum(table.unpack(t)))
print("count", select("#", table.unpack(t, 1, 250)))
print("last", select(-1, table.unpack(t)))
print("pack/unpack", table.unpack(table.pack(1, 2, 3), 1, 3))
