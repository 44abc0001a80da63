-- Library functions are read through guard cells (valid while _ENV is the state's
-- globals); stores of watched keys go through the write barrier.
print(math.floor(3.7), string.rep("ab", 3), select("#", 1, 2))
local t = {}
t.print = 1          -- a watched key into a plain table: still a raw store when t is no library
print(t.print, type(print))
local old = math.floor
math.floor = function(x) return "replaced " .. x end
print(math.floor(2))
math.floor = old
print(math.floor(2.5))
local function max(a, b) return a end  -- a local named like a library function
print(max(1, 2), math.max(1, 2))
