local t = setmetatable({ 1, 2, 3 }, { __len = function(self) return 42 end })
print("#t", #t, "rawlen", rawlen(t))
-- __len can return non-numbers
local s = setmetatable({}, { __len = function() return "long" end })
print("#s", #s)
-- __len receives the table
local u = setmetatable({ n = 7 }, { __len = function(self) return self.n end })
print("#u", #u)
-- __len is not used by ipairs or table.concat bounds? table.concat uses #
local c = setmetatable({ "a", "b", "c" }, { __len = function() return 2 end })
print("concat with __len", table.concat(c, ","))
-- __len used by table.insert to find the end
local ins = setmetatable({}, { __len = function() return 10 end })
table.insert(ins, "x")
print("insert at", rawget(ins, 11))
-- # on a string ignores string metatable __len? (strings use raw length)
print("#str", #"abc")
-- __len only for tables/userdata here: numbers have no length
print(pcall(function() return #5 end))
