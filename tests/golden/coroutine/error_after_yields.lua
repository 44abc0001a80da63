-- a coroutine can yield several times before failing; position is kept
local co = coroutine.create(function(n)
  for i = 1, n do
    coroutine.yield(i)
  end
  local t = setmetatable({}, { __index = function(_, k) error("no key " .. k) end })
  return t.missing
end)
for _ = 1, 5 do print(coroutine.resume(co, 3)) end
-- error in a function called from a coroutine after resuming
local function validate(v)
  if v < 0 then error(string.format("negative: %d", v)) end
  return v
end
local acc = coroutine.wrap(function()
  local total = 0
  while true do
    local v = coroutine.yield(total)
    total = total + validate(v)
  end
end)
acc()
print(acc(5))
print(acc(7))
print(pcall(acc, -1))
print(pcall(acc, 1))
