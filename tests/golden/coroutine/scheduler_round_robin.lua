-- a round-robin scheduler over several coroutines with different lengths
local tasks = {}
local function spawn(name, steps)
  tasks[#tasks + 1] = { name = name, co = coroutine.create(function()
    for i = 1, steps do
      print(name .. " step " .. i)
      coroutine.yield()
    end
    return name .. " finished after " .. steps
  end) }
end
spawn("A", 3)
spawn("B", 1)
spawn("C", 4)
spawn("D", 2)
local tick = 0
while #tasks > 0 do
  tick = tick + 1
  local i = 1
  while i <= #tasks do
    local t = tasks[i]
    local ok, res = coroutine.resume(t.co)
    if coroutine.status(t.co) == "dead" then
      print("tick " .. tick .. ": " .. tostring(res))
      table.remove(tasks, i)
    else
      i = i + 1
    end
  end
end
print("ticks", tick)
