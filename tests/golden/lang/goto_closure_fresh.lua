-- each pass through a block with a goto loop creates a fresh local
local fs = {}
local i = 1
::loop::
local x = i * 2
fs[i] = function() return x end
i = i + 1
if i <= 3 then goto loop end
print(fs[1](), fs[2](), fs[3]())
