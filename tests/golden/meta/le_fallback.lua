-- lua5.4 (built with 5.3 compatibility, as Debian's is) falls back from
-- a missing __le to "not (b < a)"; record what the real interpreter does.
local log = {}
local L = { __lt = function(a, b) log[#log + 1] = a.n .. "<" .. b.n return a.v < b.v end }
local a = setmetatable({ n = "a", v = 1 }, L)
local b = setmetatable({ n = "b", v = 2 }, L)
print("a <= b", pcall(function() return a <= b end))
print("b <= a", pcall(function() return b <= a end))
print("a >= b", pcall(function() return a >= b end))
print("log", table.concat(log, " "))
-- with __le present it is always used
local Both = { __lt = function() return "lt" end, __le = function() return false end }
local c = setmetatable({}, Both)
print("c <= c", c <= c, "c < c", c < c)
-- neither present
local d = setmetatable({}, {})
print(pcall(function() return d <= d end))
print(pcall(function() return d < d end))
