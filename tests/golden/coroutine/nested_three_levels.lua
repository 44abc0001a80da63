-- yields only go one level up: each level must relay
local log = {}
local function L(s) log[#log + 1] = s end
local c3 = coroutine.wrap(function()
  L("c3 start")
  coroutine.yield("from c3")
  L("c3 resumed")
  return "c3 end"
end)
local c2 = coroutine.wrap(function()
  L("c2 start")
  local v = c3()
  L("c2 got " .. v)
  coroutine.yield("from c2")
  v = c3()
  L("c2 got " .. v)
  return "c2 end"
end)
local c1 = coroutine.wrap(function()
  L("c1 start")
  local v = c2()
  L("c1 got " .. v)
  coroutine.yield("from c1")
  v = c2()
  L("c1 got " .. v)
  return "c1 end"
end)
print(c1())
print(c1())
print(table.concat(log, "\n"))
