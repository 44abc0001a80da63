-- indexing a string constant (`("abc").upper`, `("x")[k]`): the string metatable's
-- __index table answers first; misses, odd keys, a replaced or chained __index, and no
-- metatable at all take the general path
print(("abc").upper == string.upper, ("abc")["len"] == string.len)
print(("abc").nosuch, ("abc")[1], ("abc")[1.0], ("abc")[2.5], ("abc")[true])
local k = "rep"
print(("ab")[k]("ab", 2), ("ab")[k .. ""] == string.rep)
local mt = getmetatable("")
local lib = mt.__index
string.extra = function(s) return "extra " .. s end
print(("q").extra("q"))
string.extra = nil
print(("q").extra)
-- __index a table with its own __index
mt.__index = setmetatable({}, {__index = lib})
print(("xy").upper("xy"), ("xy").nosuch)
mt.__index = setmetatable({upper = "shadow"}, {__index = function(t, key) return "fn:" .. tostring(key) end})
print(("xy").upper, ("xy").lower, ("xy")[1], ("xy")[1.5])
-- a function
mt.__index = function(s, key) return s .. "/" .. tostring(key) end
print(("xy").upper, ("xy")[3], ("xy")[false])
mt.__index = lib
print(("ok").upper("ok"))
-- no __index, then no metatable
mt.__index = nil
print(pcall(function() return ("xy").upper end))
mt.__index = lib
debug.setmetatable("", nil)
print(pcall(function() return ("xy").upper end))
print(pcall(function() return ("xy")[1] end))
debug.setmetatable("", mt)
print(("back").upper("back"))
