-- a read-only array proxy with __index/__newindex/__len
local function readonly(arr)
  return setmetatable({}, {
    __index = arr,
    __newindex = function() error("read-only", 2) end,
    __len = function() return #arr end,
  })
end
local r = readonly({ 10, 20, 30 })
print(r[1], r[3], #r, r[4])
print(pcall(function() r[1] = 5 end))
local sum = 0
for i = 1, #r do sum = sum + r[i] end
print("sum", sum)
for i, v in ipairs(r) do print("ipairs", i, v) end
print("next on proxy", next(r))
