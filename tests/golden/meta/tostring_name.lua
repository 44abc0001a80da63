local P = { __tostring = function(self) return "Point(" .. self.x .. "," .. self.y .. ")" end }
local p = setmetatable({ x = 1, y = 2 }, P)
print(p)
print(tostring(p))
print("concat uses tostring? no:", pcall(function() return "p=" .. p end))
-- __tostring must return a string
local bad = setmetatable({}, { __tostring = function() return 42 end })
print(pcall(tostring, bad))
-- __name is used in the default tostring
local named = setmetatable({}, { __name = "MyType" })
print((tostring(named):gsub("0x%x+", "ADDR"):gsub(": [%x]+$", ": ADDR")))
print(tostring(named):sub(1, 8))
-- __name is used in error messages for bad arguments
print(pcall(math.floor, named))
-- __tostring takes precedence over __name
local both = setmetatable({}, { __name = "N", __tostring = function() return "tostring wins" end })
print(both)
-- print calls tostring on each argument
print(p, p, 1)
-- __tostring with error
local err = setmetatable({}, { __tostring = function() error("no tostring") end })
print(pcall(tostring, err))
