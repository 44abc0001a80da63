local function describe(v)
  local t = type(v)
  if t == "number" then return t .. "/" .. math.type(v) end
  return t
end
local values = { 1, 1.0, "s", true, {}, print, describe }
for i = 1, #values do print(i, describe(values[i])) end
print(describe(nil))
print(type(nil) == "nil", type(type) == "function")
print(pcall(type))
