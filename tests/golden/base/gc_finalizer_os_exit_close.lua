-- os.exit(code, true) closes the state: finalizers run, the status stays
local a = setmetatable({}, {__gc = function() print("gc a") end})
local b <close> = setmetatable({}, {__close = function() print("close b") end})
print(1)
os.exit(3, true)
