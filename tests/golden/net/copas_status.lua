-- copas.status: the counts of tasks reading, writing, active, sleeping on a timer, sleeping
-- forever, and of copas.timeout timers; the detailed statistics' fields when enabled
local copas = require "copas"
local socket = require "socket"

local function show(label, t)
  print(label, "running", t.running, "read", t.read, "write", t.write, "active", t.active,
        "timer", t.timer, "inactive", t.inactive, "timeout", t.timeout)
end

show("before loop", copas.status())
copas.addthread(function() end)
show("one added", copas.status())

copas.loop(function()
  show("initializer", copas.status())
  local sleeper = copas.addthread(function() copas.pause(0.3) end)
  local forever = copas.addthread(function() copas.pauseforever() end)
  show("two added", copas.status())
  copas.pause(0.05)
  show("sleeping", copas.status())

  -- a thread reading from a server that sends nothing, and a server socket
  local stall = copas.wrap(socket.tcp())
  copas.addthread(function()
    assert(stall:connect("127.0.0.1", tonumber(os.getenv("STALL_PORT"))))
    stall:receive()
  end)
  local server = socket.bind("127.0.0.1", 0)
  copas.addserver(server, function() end)
  copas.pause(0.05)
  show("reading", copas.status())

  -- copas.timeout timers
  local timed = copas.addthread(function()
    copas.timeout(10, function() end)
    copas.pauseforever()
  end)
  local lock = require("copas.lock").new(5)
  lock:get()
  local waiter = copas.addthread(function() lock:get() end)
  copas.pause(0.05)
  show("timeouts", copas.status())
  lock:release()
  copas.wakeup(timed)
  copas.wakeup(forever)
  copas.pause(0.05)
  show("woken", copas.status())

  -- detailed statistics
  local t = copas.status(true)
  print("enable", t.steps, t.time_start, t.duration_avg)
  copas.pause(0.05)
  copas.pause(0.05)
  t = copas.status()
  local keys = {}
  for k, v in pairs(t) do keys[#keys + 1] = k .. ":" .. type(v) end
  table.sort(keys)
  print("stats", table.concat(keys, " "))
  print("steps counted", t.steps >= 2, t.time_end >= t.time_start,
        t.duration_min <= t.duration_max, t.duration_min_ever <= t.duration_max_ever)
  t = copas.status(false)
  print("disabled", t.steps, t.time_start)
  copas.pause(0.05)
  print("still disabled", copas.status().steps)

  stall:close()
  copas.removeserver(server)
end)
show("after loop", copas.status())
