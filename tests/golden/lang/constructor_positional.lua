-- positional table constructors: nils in any place, calls giving nil or
-- nothing, then #, ipairs and the sequence fast path of #
local function none() end
local function one(x) return x end
local a = {1, 2, 3}
local b = {1, nil, 3}
local c = {none(), one(2), one(nil), 4}
local d = {one(1), one(2)}
local e = {nil, nil}
local f = {"x", one(false), 3.5}
for _, t in ipairs({a, b, c, d, e, f}) do
  local parts = {}
  for i = 1, 4 do parts[#parts + 1] = tostring(t[i]) end
  local n = 0
  for _ in ipairs(t) do n = n + 1 end
  print(table.concat(parts, " "), n, t[4] == nil and "nil4" or "has4")
end
print(#a, #d, #e, #f)
local g = {}
for i = 1, 10 do g[#g + 1] = i * i end
g[#g] = nil
print(#g, g[#g])
local h = {n = 1}
print(#h)
h[1] = "a"; h[2] = "b"
print(#h)
