print("#{}", #{})
print("#{1,2,3}", #{ 1, 2, 3 })
print('#"hello"', #"hello", #"", #"a\0b")
local t = { 1, 2, 3 }
t[#t + 1] = 4
print("append", #t)
t[#t] = nil
print("remove last", #t)
-- building a sequence
local s = {}
for i = 1, 100 do s[i] = i end
print("100 elems", #s)
for i = 100, 51, -1 do s[i] = nil end
print("after removing half", #s)
-- non-sequence keys do not count
local m = { 1, 2, x = 10, y = 20 }
print("mixed", #m)
-- a border with nil at the end of constructor
print("trailing nil", #{ 1, 2, nil })
-- strings with multibyte chars count bytes
print("utf8 bytes", #"héllo")
-- length of a number is an error
print(pcall(function() local n = 5 return #n end))
print(pcall(function() return #nil end))
-- length of table after table.insert/remove
local q = {}
table.insert(q, "a"); table.insert(q, "b"); table.insert(q, 1, "z")
print("insert", #q, table.concat(q, ","))
table.remove(q, 1)
print("remove", #q, table.concat(q, ","))
-- a sequence starting at index 1 with float keys
local f = {}
f[1.0] = "a"; f[2.0] = "b"
print("float keys", #f)
-- keys 0 and negative don't count
local z = { [0] = "zero", [-1] = "neg" }
print("zero/neg", #z)
