-- copas.timer: initial_delay, arm/cancel return values, re-arming, params, non-recurring
local copas = require "copas"
local timer = require "copas.timer"
local log = {}
copas.addthread(function()
  local t0 = copas.gettime()
  local function at() return math.floor((copas.gettime() - t0) * 10 + 0.5) end
  local t = timer.new({delay = 0.2, recurring = true, initial_delay = 0.05, params = {n = 0},
    callback = function(tm, p)
      p.n = p.n + 1
      log[#log + 1] = "rec" .. p.n
      if p.n == 3 then print("cancel from callback", tm:cancel() == tm) end
    end})
  print(type(t), t.recurring, t.delay)
  print("arm while armed", t:arm())
  local once = timer.new({delay = 0.1, callback = function(tm, p) log[#log + 1] = "once:" .. tostring(p) end,
    params = "P"})
  copas.sleep(0.3)
  print("cancel fired one-shot", once:cancel())
  print("re-arm one-shot", once:arm(0.05) == once)
  copas.sleep(0.1)
  local c = timer.new({delay = 0.2, callback = function() log[#log + 1] = "never" end})
  print("cancel", c:cancel() == c)
  print("cancel again", c:cancel())
  print("re-arm", c:arm() == c)
  copas.sleep(0.7)
  print("cancel after fired", c:cancel())
end)
copas.loop()
print(table.concat(log, " "))
