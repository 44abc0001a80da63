-- metamethods are fetched from the metatable with a raw get
local proto = { __add = function() return "via proto" end }
local mt = setmetatable({}, { __index = proto })
local t = setmetatable({}, mt)
print("inherited __add ignored", pcall(function() return t + 1 end))
-- but __index itself may be inherited? no: also raw
local mt2 = setmetatable({}, { __index = { __index = function() return "never" end } })
local t2 = setmetatable({}, mt2)
print("inherited __index ignored", t2.x)
-- metamethods added after setmetatable take effect
local mt3 = {}
local t3 = setmetatable({}, mt3)
print("before", pcall(function() return t3 + 1 end))
mt3.__add = function() return "added later" end
print("after", t3 + 1)
mt3.__add = nil
print("removed", pcall(function() return t3 + 1 end))
-- a callable table as __index is treated as a table, not called
local callable = setmetatable({ found = "from table" }, { __call = function() return "called" end })
local t4 = setmetatable({}, { __index = callable })
print("callable __index", t4.found, t4.other)
-- a callable table as __newindex is also a table
local sink = setmetatable({}, { __call = function() error("should not call") end })
local t5 = setmetatable({}, { __newindex = sink })
t5.k = "stored"
print("callable __newindex", rawget(t5, "k"), rawget(sink, "k"))
-- __index = a string value uses the string's metatable
local t6 = setmetatable({}, { __index = "abc" })
print("string __index", t6.len == string.len, t6.upper == string.upper)
