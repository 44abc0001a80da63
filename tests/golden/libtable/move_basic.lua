local function show(label, t, n)
  local parts = {}
  for i = 1, (n or #t) do parts[#parts + 1] = tostring(t[i]) end
  print(label, "#" .. #t, "[" .. table.concat(parts, ",") .. "]")
end
local t = {1, 2, 3, 4, 5}
local r = table.move(t, 2, 4, 1)
print("returns same table", r == t)
show("shift left", t)
t = {1, 2, 3, 4, 5}
table.move(t, 1, 3, 3)
show("shift right", t)
t = {1, 2, 3}
table.move(t, 1, 0, 1)
show("empty range", t)
t = {1, 2, 3}
table.move(t, 1, 3, -1)
print("negative dest", t[-1], t[0], t[1], t[2], t[3])
