-- calls of guarded library names (print, tostring, string.format, math.floor, ...)
-- whose values were replaced: by values Python cannot call, with and without a
-- __call metamethod for their type, inside and outside coroutines
local out, pc, sel, dbg, gmt = print, pcall, select, debug, getmetatable
local function show(...) out(sel("#", ...), ...) end

-- before any __call exists: the error names the global or field
tostring = 5
show(pc(function() return tostring(1) end))
string.format = "fmt"
show(pc(function() return string.format("%d", 1) end))
math.floor = true
show(pc(function() return math.floor(1.5) end))
type = nil
show(pc(function() return type(1) end))

-- numbers get a __call: the replaced values are called through it
dbg.setmetatable(0, {__call = function(self, ...) return "num" .. self, sel("#", ...) end})
show(tostring(1, 2))
show(pc(tostring, 3))
local x = tostring(9)
out(x)
out(coroutine.wrap(function() return tostring(7) end)())
-- strings too
gmt("").__call = function(self, a, b) return self .. ":" .. a .. ":" .. tostring(b) end
show(string.format("%d", 1))
out((string.format("%d", 2)))
-- booleans
dbg.setmetatable(true, {__call = function(self, v) return "bool", v end})
show(math.floor(2.5))
show(pc(type, 1))
-- a table with __call as the library value
ipairs = setmetatable({}, {__call = function(self, t) return "tbl", #t end})
show(ipairs({1, 2, 3}))
-- a function again, and the original library function back
tostring = function(v) return "fn(" .. v .. ")" end
show(tostring(4))
math.floor = math.ceil
show(math.floor(2.5))
string.format = nil
show(pc(function() return string.format("%d", 1) end))
type = rawget(_G, "rawlen")
show(type({1, 2}))
