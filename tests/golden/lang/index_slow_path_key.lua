-- indexing a non-table (or, in a coroutine, a table with a metatable) with a computed key:
-- the slow path must see the key evaluated once
local s = "abc"; local i = 1
local function f() return s end
print(pcall(function() return s[i+1] end))
print(pcall(function() return f()[i+1] end))
local n = 5
print(pcall(function() return n[i+1] end))
local t = setmetatable({10, 20, 30}, {__index = function(_, k) return k * 100 end})
local co = coroutine.wrap(function(j) return t[j + 1], t[j + 5], ("x")[j] end)
print(co(1))
local calls = 0
local function key() calls = calls + 1; return 2 end
print(t[key()], s[key()], calls)
print(pcall(function() return (nil)[key()] end), calls)
