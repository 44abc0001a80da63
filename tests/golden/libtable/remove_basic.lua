local function show(label, t, n)
  local parts = {}
  for i = 1, (n or #t) do parts[#parts + 1] = tostring(t[i]) end
  print(label, "#" .. #t, "[" .. table.concat(parts, ",") .. "]")
end
local t = {10, 20, 30, 40, 50}
print("removed last", table.remove(t))
show("now", t)
print("removed first", table.remove(t, 1))
show("now", t)
print("removed middle", table.remove(t, 2))
show("now", t)
print("removed pos #t", table.remove(t, #t))
show("now", t)
