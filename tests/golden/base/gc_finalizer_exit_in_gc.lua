-- os.exit inside a finalizer at the close: the process ends there with its status
local a = setmetatable({}, {__gc = function() print("gc a"); os.exit(7) end})
local b = setmetatable({}, {__gc = function() print("gc b") end})
local c = setmetatable({}, {__gc = function() print("gc c") end})
print(1)
