-- threads as values: type, tostring prefix, equality, no metatable, table keys
local co = coroutine.create(function() end)
print(type(co))
print(tostring(co):match("^thread: ") ~= nil)
print(co == co, co ~= coroutine.create(function() end))
print(getmetatable(co))
local set = {}
for i = 1, 5 do set[coroutine.create(function() return i end)] = i end
local n, sum = 0, 0
for k, v in pairs(set) do
  n = n + 1
  local _, r = coroutine.resume(k)
  sum = sum + r
end
print("count", n, "sum", sum)
print(pcall(function() return co + 1 end))
print(pcall(function() return co.field end))
print(pcall(function() return #co end))
print(pcall(function() return co < co end))
print(pcall(function() return co() end))
