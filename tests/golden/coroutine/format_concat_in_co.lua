-- string.format call sites and concatenation chains inside a coroutine (generator versions)
coroutine.wrap(function()
-- string.format with a constant format is done at the call site when the
-- callee is still string.format and the arguments have the conversions' types;
-- every other case must still behave as the library does.
local x = 2.5
print(string.format("%d %s %5.2f %x", 3, "hi", x, 255))
print(string.format("%-6s|%6s|%s", "ab", "cd", "e\0f" == "e\0f" and "ok"))
print(pcall(string.format, "%5s|", "a\0b"))
print(pcall(function() local z = "a\0b"; return string.format("%5s|", z) end))
local z = "a\0b"
print(#string.format("%s|", z))
print(string.format("%d", 3.0), string.format("%x", -1), string.format("%f", 1/0))
print(string.format("%5.1f|%e|%g", 3, 7, 2^63))
print(string.format("%.3f %g", -0.0, 0/0 ~= 0/0 and 1e-310 or 0))
print(pcall(function() return string.format("%d", 3.5) end))
print(pcall(function() return string.format("%d %d", 1, "x") end))
print(pcall(function() return string.format("%d %d", 1) end))
print(string.format("%d %s", 1, "two", "extra", {}))
-- multiple results in the last place
local function two() return 10, 20 end
local function none() end
print(string.format("%d", two()))
print(string.format("%d %d", two()))
print(pcall(function() return string.format("%d", none()) end))
-- order of evaluation: callee, then arguments left to right
local log = {}
local function v(n) log[#log + 1] = n; return n end
print(string.format("%d-%d-%d", v(1), v(2), v(3)), table.concat(log, ","))
-- a replaced string table or format function is called instead
local saved = string
string = {format = function(...) return "mine", select("#", ...) end}
print(string.format("%d", 4))
print((string.format("%d", 4)))
string = saved
local saved_format = string.format
string.format = function(fmt, ...) return "wrapped:" .. saved_format(fmt, ...) end
print(string.format("%05d", 42))
string.format = saved_format
-- __tostring and numbers through %s
print(string.format("%s %s %s", setmetatable({}, {__tostring = function() return "T" end}), 12, 1.5))
print(string.format("[%5s][%-5d][%+d][% d][%05.1f]", "x", 7, 7, 7, -2.25))
print(string.format("%o %X %5.3s|", 8, 3054, "abcdef"))
print(string.format("100%% %d%%", 5))
-- concatenation chains with strings, numbers and metamethods
local s, n, f = "s", 7, 0.5
print(s .. n .. f .. s, 1 .. 2, "a" .. 2^53 .. "b")
local mt = {__concat = function(a, b)
  local l = type(a) == "table" and "T" or a
  local r = type(b) == "table" and "T" or b
  return l .. "+" .. r
end}
local t = setmetatable({}, mt)
print("a" .. t .. "b" .. "c", t .. "x" .. "y", "x" .. "y" .. t)
print(pcall(function() return "a" .. {} .. "b" end))
print(pcall(function() local u; return "a" .. "b" .. u end))
coroutine.yield() end)()
