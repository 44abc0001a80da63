local function show(label, t, n)
  local parts = {}
  for i = 1, (n or #t) do parts[#parts + 1] = tostring(t[i]) end
  print(label, "#" .. #t, "[" .. table.concat(parts, ",") .. "]")
end
local src = {"a", "b", "c"}
local dst = {"x", "y", "z", "w"}
local r = table.move(src, 1, 3, 2, dst)
print("returns dest", r == dst)
show("dst", dst)
show("src", src)
local copy = table.move(src, 1, #src, 1, {})
show("copy", copy)
local tail = table.move({1, 2, 3, 4, 5}, 3, 5, 1, {})
show("tail", tail)
