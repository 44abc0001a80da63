-- Copas's default error handler prints through the global print of the moment (a program
-- may capture it); the first line is the message with the thread's name (Copas adds the
-- thread's stack traceback, left out here)
local copas = require "copas"
local old_print = print
local got = {}
print = function(m) got[#got + 1] = tostring(m):match("^[^\n]*") end
copas.loop(function()
  copas.addnamedthread("failing", function() error("hi there!") end)
  copas.timeout(0.01, function() error("from a timer") end)
  copas.pause(0.05)
end)
print = old_print
for _, m in ipairs(got) do print("captured:", m) end
