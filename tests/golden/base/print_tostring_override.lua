-- print uses the __tostring metamethod, but not a global tostring override
local T = setmetatable({}, { __tostring = function() return "via __tostring" end })
print(T)
local saved = tostring
tostring = function(v) return "overridden" end
print(T, 1, "s")
tostring = saved
print(pcall(print, setmetatable({}, { __tostring = function() return {} end })))
print(pcall(print, setmetatable({}, { __tostring = function() error("tostring failed") end })))
