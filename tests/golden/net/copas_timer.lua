-- copas.timer: a recurring timer cancelled after three runs, and a one-shot
local copas = require "copas"
local timer = require "copas.timer"
local n = 0
copas.addthread(function()
  timer.new({ delay = 0.1, recurring = true, params = "tick", callback = function(t, p)
    n = n + 1
    print(p, n)
    if n == 3 then t:cancel() end
  end })
  timer.new({ delay = 0.25, callback = function(t, p) print("one-shot", p) end, params = "x" })
end)
copas.loop()
print("done", n)
