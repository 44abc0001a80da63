local function show(label, t, n)
  local parts = {}
  for i = 1, (n or #t) do parts[#parts + 1] = tostring(t[i]) end
  print(label, "#" .. #t, "[" .. table.concat(parts, ",") .. "]")
end
local t = {}
for i = 1, 10 do t[i] = i end
table.move(t, 1, 8, 3)
show("right by 2", t)
for i = 1, 10 do t[i] = i end
table.move(t, 3, 10, 1)
show("left by 2", t)
for i = 1, 10 do t[i] = i end
table.move(t, 2, 5, 2)
show("same place", t)
