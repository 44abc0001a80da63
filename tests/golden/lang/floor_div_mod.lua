local cases = { { 7, 3 }, { -7, 3 }, { 7, -3 }, { -7, -3 }, { 6, 3 }, { -6, 3 }, { 0, 5 }, { 1, 7 } }
for _, c in ipairs(cases) do
  local a, b = c[1], c[2]
  print(a .. " // " .. b .. " =", a // b, a .. " % " .. b .. " =", a % b)
end
print("floats")
local fcases = { { 7.5, 2 }, { -7.5, 2 }, { 7.5, -2 }, { -7.5, -2 }, { 5.25, 0.5 }, { 1, 0.3 } }
for _, c in ipairs(fcases) do
  local a, b = c[1], c[2]
  print(a, b, a // b, a % b)
end
print("float by zero", 1.0 // 0, -1.0 // 0, 1 // 0.0, 0.0 // 0.0 ~= 0.0 // 0.0)
print("float mod zero", 1 % 0.0 ~= 1 % 0.0, 1.5 % 0.0 ~= 1.5 % 0.0)
print("mod by inf", 5 % math.huge, -5 % math.huge, 5 % -math.huge, -5 % -math.huge)
print("idiv by inf", 5 // math.huge, -5 // math.huge)
print("int div by zero", pcall(function() local z = 0 return 1 // z end))
print("int mod by zero", pcall(function() local z = 0 return 1 % z end))
print("min // -1", math.mininteger // -1, math.mininteger % -1)
print("mixed", 7 // 2.0, 7 % 2.0, -7 // 2.0, -7 % 2.0)
print("negative zero results", 0.0 // 1, -0.0 // 1, 0 % -2, 0.0 % -2)
print("math.fmod", math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2))
print("big", 2^53 // 3, math.maxinteger // 7, math.maxinteger % 7)
