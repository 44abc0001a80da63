-- lua5.4 converts strings in arithmetic through the string metatable's metamethods
-- (lstrlib): replacing one changes what "10" + 1 does; removing it makes it an error
local smt = getmetatable("")
print("10" + 1, 1 + "10", "3" * "4", -"2", "7" // 2, "2" ^ 2)
local orig_add, orig_unm = smt.__add, smt.__unm
smt.__add = function(a, b) return "add(" .. tostring(a) .. "," .. tostring(b) .. ")" end
print("10" + 1, 1 + "10", "a" + "b", "10" - 1)
smt.__unm = function(a) return "neg " .. a end
print(-"5", - -"5")
smt.__add = nil
print(pcall(function() return "10" + 1 end))
print(pcall(function() return 1 + "10" end))
smt.__add, smt.__unm = orig_add, orig_unm
print("10" + 1, -"5")
-- a table operand's metamethod after a string that does not convert
local T = setmetatable({}, {__add = function(a, b) return "T.__add" end, __sub = function() return "T.__sub" end})
print("x" + T, T + "x", "1" - T)
print(pcall(function() return "x" + 1 end))
-- numbers with a metatable: their metamethod comes first when an operand is a string
debug.setmetatable(0, {__add = function(a, b) return "num.__add" end})
print(1 + "10", "10" + 1, 1 + 2)
debug.setmetatable(0, nil)
print(1 + "10")
-- inside a coroutine
smt.__mul = function(a, b) return "mul" end
print(coroutine.wrap(function() return "2" * 3, 3 * "2" end)())
