-- lua-system's system.core and lua-term's term.core (what busted uses of them)
local system = require "system"
print(system == require "system.core", system._VERSION)
local names = {}
for k, v in pairs(system) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
local t1, m1 = system.gettime(), system.monotime()
print(math.type(t1), math.type(m1), t1 > 1.6e9, m1 > 0)
print(math.abs(t1 - os.time()) < 5)
print(select("#", system.sleep(0.02)), system.sleep(0), system.sleep(-1))
local t2, m2 = system.gettime(), system.monotime()
print(m2 - m1 >= 0.019, m2 - m1 < 5, t2 >= t1)
print(pcall(function() system.sleep() end))
print(pcall(function() system.sleep("x") end))
print(pcall(system.sleep, "0.001"))
print(pcall(function() system.sleep({}) end))

local term = require "term"
local core = require "term.core"
print(term.isatty == core.isatty, type(term.colors), type(term.cursor), type(term.clear))
names = {}
for k, v in pairs(core) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
-- output goes to a pipe or a file in the tests
print(term.isatty(io.stdout), term.isatty(io.stderr, io.stdout))
print(pcall(function() return term.isatty(42) end))
print(pcall(function() return term.isatty(io.stdout, 42) end))
local colors = require "term.colors"
print(colors.red "red" == "\27[31mred\27[0m", tostring(colors.bright))
