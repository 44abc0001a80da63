-- how lua5.4 names a function in errors and tracebacks: a metamethod it cannot call
-- "(metamethod 'add')", a library function called by another one by its global name
-- without a position, one called as a metamethod by its event
print(pcall(load"table.sort({1,2,3}, table.sort)"))
print(pcall(load"string.gsub('s', 's', setmetatable)"))
print(pcall(load"local a = setmetatable({}, {__add = 34}); a = a + 1"))
print(pcall(load"local a = setmetatable({}, {__lt = {}}); a = a > a"))
print(pcall(load"local a = setmetatable({}, {__index = 34}); a = a.x"))
print(pcall(load"local a = setmetatable({}, {__concat = 34}); a = a .. 'x'"))
print(pcall(load"local a = setmetatable({}, {__unm = 34}); a = -a"))
print(pcall(load"local a = setmetatable({}, {__len = 34}); a = #a"))
print(pcall(load"local a = setmetatable({}, {__eq = 34}); a = a == {}"))
print(pcall(load"local a = setmetatable({}, {__le = 34}); a = a <= a"))
print(pcall(load"local a = setmetatable({}, {__newindex = 34}); a.x = 1"))
print(pcall(load"local a = setmetatable({}, {__close = 34}); do local x <close> = a end"))
print(pcall(load"local a = setmetatable({}, {__band = 34}); a = a & 1"))
print(pcall(math.floor, {}))
print(pcall(table.sort, {1,2,3}, table.sort))
print(pcall(string.gsub, 's', 's', setmetatable))
print(pcall(load"table.sort({1,2,3}, table.sort)"))
print(pcall(load"string.gsub('s', 's', setmetatable)"))
print(pcall(load"local t = setmetatable({}, {__index=string.rep}); return t.x"))
print(pcall(load"local t = setmetatable({}, {__add=string.rep}); return t+1"))
print(pcall(load"for k in string.rep do end"))
print(pcall(load"local f = string.rep; return f()"))
print(pcall(load"return string.rep()"))
print(pcall(load"return ('x'):rep()"))
print(pcall(load"return ('x').rep()"))
print(pcall(load"return select(1, string.rep())"))
print(pcall(load"return xpcall(string.rep, print)"))
print(pcall(load"return xpcall(string.rep, string.rep)"))
print(pcall(load"return string.gsub('abc', '%w', string.rep)"))
print(pcall(load"return string.gsub('abc', '%w', function(c) return string.rep() end)"))
print(pcall(load"return tostring(setmetatable({}, {__tostring=string.rep}))"))
local mt = {}
mt.__add = function(a, b) print(debug.traceback("add")) print(debug.getinfo(1, "n").name, debug.getinfo(1, "n").namewhat) return 1 end
mt.__lt = function(a, b) print(debug.getinfo(1, "n").name) return true end
mt.__le = function(a, b) print(debug.getinfo(1, "n").name) return true end
mt.__concat = function(a, b) print(debug.getinfo(1, "n").name) return "c" end
mt.__unm = function(a, b) print(debug.getinfo(1, "n").name) return 0 end
mt.__len = function(a, b) print(debug.getinfo(1, "n").name) return 0 end
mt.__eq = function(a, b) print(debug.getinfo(1, "n").name) return true end
mt.__close = function(a, b) print(debug.getinfo(1, "n").name) end
mt.__index = function(a, b) print(debug.getinfo(1, "n").name) end
mt.__band = function(a, b) print(debug.getinfo(1, "n").name) return 0 end
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
local x = a + 1
x = a < b; x = a <= b; x = a > b; x = a .. "x"; x = -a; x = #a; x = a == b; x = a.foo; x = a & 1
do local c <close> = a end
print(pcall(function() local q <close> = setmetatable({}, {__close = 1}) end))
print(pcall(function() local q <close> = setmetatable({}, {__close = 1}); error("e") end))
