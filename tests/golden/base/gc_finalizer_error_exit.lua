-- an error ends the script: lua.c reports it, then lua_close runs the finalizers
local a = setmetatable({}, {__gc = function() print("gc a") end})
local b = setmetatable({}, {__gc = function() print("gc b") end})
print(1)
error("fail")
