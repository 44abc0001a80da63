local function show(label, t, n)
  local parts = {}
  for i = 1, (n or #t) do parts[#parts + 1] = tostring(t[i]) end
  print(label, "#" .. #t, "[" .. table.concat(parts, ",") .. "]")
end
local t = {}
for i = 1, 5 do table.insert(t, i * i) end
show("squares", t)
table.insert(t, "end")
show("with end", t)
local r = table.pack(table.insert(t, 7))
print("insert returns", r.n)
local u = {n = 0}
table.insert(u, false)
table.insert(u, 0.5)
show("booleans/floats", u)
