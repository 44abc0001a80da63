-- %p of strings: short strings are internalized by lua5.4, so equal ones share an address;
-- long ones built separately do not
local s1, s2 = string.rep("a", 10), string.rep("aa", 5)
print(string.format("%p", s1) == string.format("%p", s2))
local k1, k2 = string.rep("x", 40), string.rep("xx", 20)
print(string.format("%p", k1) == string.format("%p", k2))
local l1, l2 = string.rep("a", 300), string.rep("a", 300)
print(string.format("%p", l1) == string.format("%p", l2), string.format("%p", l1) == string.format("%p", l1))
print(string.format("%p", "abc") ~= string.format("%p", "abd"))
print(string.format("%p", 4), string.format("%p", nil), string.format("%5p", true))
print(#string.format("%30p", "a"), #string.format("%-30p", {}))
