local s = string.rep("abc", 10000)
print(#s, s:sub(-6), select(2, s:gsub("b", "")))
print(s:find("cab", 29990, true))
print(#s:upper(), s:reverse():sub(1, 6))
local n = 0
for _ in s:gmatch("a") do n = n + 1 end
print(n)
print(#string.rep("ab", 1000, ","))
print(string.find(s .. "x", "x"), string.find(s, "[^abc]"))
