-- pending <close> variables spread over several frames are all closed by coroutine.close
local order = {}
local function closer(name)
  return setmetatable({}, { __close = function() order[#order + 1] = name end })
end
local function level3()
  local c3 <close> = closer("level3")
  coroutine.yield("deep")
end
local function level2()
  local c2a <close> = closer("level2a")
  local c2b <close> = closer("level2b")
  level3()
end
local co = coroutine.create(function()
  local c1 <close> = closer("body")
  level2()
end)
print(coroutine.resume(co))
print("closed so far:", #order)
print(coroutine.close(co))
print(table.concat(order, " > "))
-- a pcall frame in between does not change anything
order = {}
local co2 = coroutine.create(function()
  local outer <close> = closer("outer")
  pcall(function()
    local inner <close> = closer("inner")
    coroutine.yield()
  end)
end)
coroutine.resume(co2)
print(coroutine.close(co2), table.concat(order, " > "))
