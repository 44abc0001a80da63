-- copas.timer's errorhandler option: the timer thread's own error handler, called for each
-- failing callback (a recurring timer goes on); without one the default handler is used
local copas = require "copas"
local timer = require "copas.timer"
copas.seterrorhandler(function(err, co) print("default:", err, copas.getthreadname(co)) end, true)
copas.loop(function()
  local count = 0
  timer.new({
    name = "failing", delay = 0.05, recurring = true,
    errorhandler = function(msg, co, skt)
      print("timer handler:", msg, copas.getthreadname(co), skt)
    end,
    callback = function(t)
      count = count + 1
      if count == 2 then t:cancel() end
      error("error " .. count .. "!")
    end,
  })
  timer.new({ name = "plain", delay = 0.02, callback = function() error("plain error", 0) end })
  copas.pause(0.3)
  print("count", count)
end)
print("done")
