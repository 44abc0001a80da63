-- string.format with a constant format becomes Python's % at the call site while the
-- callee is the library's and the arguments have the conversions' types;
-- math.sqrt of a non-negative float becomes Python's math.sqrt.
local n, name, x = 42, "lua", 3.14159
print(string.format("%d %s %5.2f", n, name, x))
print(string.format("%5d|%-5s|%x", n, name, 255))
print(string.format("%d", 2.0), string.format("%s", {} ~= nil))
print(math.sqrt(16.0), math.sqrt(2), math.sqrt(-1.0) ~= math.sqrt(-1.0))
local function values() return 1, 2 end
print(string.format("%d %d", 0, values()))
