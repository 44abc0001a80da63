-- os.exit without close: C's exit(), no finalizers
local a = setmetatable({}, {__gc = function() print("gc a") end})
print(1)
os.exit(3)
