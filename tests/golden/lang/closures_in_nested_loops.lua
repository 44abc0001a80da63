local fs = {}
for i = 1, 3 do
  for j = 1, 2 do
    fs[#fs + 1] = function() return i * 10 + j end
  end
end
local r = {}
for k = 1, #fs do r[k] = fs[k]() end
print(table.concat(r, " "))
local gs = {}
for _, name in ipairs({ "x", "y" }) do
  local count = 0
  gs[name] = function() count = count + 1 return name .. count end
end
print(gs.x(), gs.x(), gs.y(), gs.x())
local hs = {}
local i = 1
while i <= 3 do
  local captured = i
  hs[i] = function() return captured end
  i = i + 1
end
print(hs[1](), hs[2](), hs[3]())
