-- a scheduler where tasks yield a number of ticks to sleep
local clock = 0
local queue = {}
local function spawn(name, f)
  queue[#queue + 1] = { name = name, co = coroutine.create(f), wake = 0 }
end
local function sleep(n) coroutine.yield(n) end
spawn("fast", function() for i = 1, 4 do print(clock, "fast", i) sleep(1) end end)
spawn("slow", function() for i = 1, 2 do print(clock, "slow", i) sleep(3) end end)
spawn("once", function() sleep(2) print(clock, "once woke") end)
spawn("bad", function() sleep(1) error("task failed", 0) end)
while #queue > 0 do
  table.sort(queue, function(a, b)
    if a.wake ~= b.wake then return a.wake < b.wake end
    return a.name < b.name
  end)
  local t = table.remove(queue, 1)
  clock = t.wake
  local ok, n = coroutine.resume(t.co)
  if not ok then
    print(clock, t.name, "error:", n)
  elseif coroutine.status(t.co) == "suspended" then
    t.wake = clock + n
    queue[#queue + 1] = t
  else
    print(clock, t.name, "done")
  end
end
