print("default status")
local function f() os.exit() end
f()
print("not reached")
