-- debug.upvalueid: equal exactly when two closures share the variable, whatever it holds
local function make()
  local fs = {}
  for i = 1, 3 do
    local shared, own = 0, 0
    fs[i] = {function() return shared, own end, function() return shared end}
  end
  return fs
end
local fs = make()
for i = 1, 3 do
  for j = 1, 3 do
    io.write(debug.upvalueid(fs[i][1], 1) == debug.upvalueid(fs[j][2], 1) and "=" or ".")
  end
  print(debug.upvalueid(fs[i][1], 2) == debug.upvalueid(fs[i][2], 1),
        debug.upvalueid(fs[i][1], 1) == debug.upvalueid(fs[i][1], 1))
end
local id = debug.upvalueid(fs[1][1], 1)
print(type(id), math.type(id))
local t = {[id] = "found"}
print(t[debug.upvalueid(fs[1][2], 1)], t[debug.upvalueid(fs[2][2], 1)])
-- the same nil/boolean values in different upvalues are different upvalues
local a, b = nil, nil
local function g() return a, b end
print(debug.upvalueid(g, 1) == debug.upvalueid(g, 2))
print(tostring(debug.upvalueid(g, 1)) == tostring(debug.upvalueid(g, 1)))
print(pcall(debug.upvalueid, g, 3))
