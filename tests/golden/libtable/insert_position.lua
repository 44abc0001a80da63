local function show(label, t, n)
  local parts = {}
  for i = 1, (n or #t) do parts[#parts + 1] = tostring(t[i]) end
  print(label, "#" .. #t, "[" .. table.concat(parts, ",") .. "]")
end
local t = {"b", "d"}
table.insert(t, 1, "a")
show("front", t)
table.insert(t, 3, "c")
show("middle", t)
table.insert(t, #t + 1, "e")
show("after last", t)
table.insert(t, 2.0, "float pos")
show("float position", t)
table.insert(t, "3", "string pos")
show("string position", t)
table.insert(t, 1, nil)
show("nil at front", t, 8)
