-- string arithmetic in 5.4 is done by the string metatable's metamethods
print("10" + 5, "3.5" * 2, "8" // "3", "2" ^ 2, -"7")
local mt = getmetatable("")
print(type(mt.__add), type(mt.__unm), type(mt.__idiv), mt.__band)
print(pcall(function() return "x" + 1 end))
print(pcall(function() return 1 - "y" end))
print(pcall(function() return {} + "1" end))
-- a table with __add on the right of a numeric string
local T = setmetatable({}, { __add = function(a, b) return "T add" end })
print("1" + T, T + "1")
