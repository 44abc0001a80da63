-- seed 53: indexing a string with a computed key (the string metatable's __index
-- replaced by a function, or not) leaks Python's UnboundLocalError
local smt = getmetatable("")
local s = "hello"
print(pcall(function() return s[("up") .. "per"](s) end))
local old = smt.__index
smt.__index = function(str, k) if k == "first" then return str:sub(1, 1) end return old[k] end
print(pcall(function() return s.first, s[("up") .. "per"](s) end))
smt.__index = old
