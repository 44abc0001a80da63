local t = {"pear", "apple", "fig", "Banana", "cherry", "apple", "", "a"}
table.sort(t)
print(table.concat(t, ","))
local u = {"b", "a\0b", "a\0a", "a", "ab"}
table.sort(u)
for i, s in ipairs(u) do io.write(i, ":", (s:gsub("%c", function(c) return "<" .. c:byte() .. ">" end)), " ") end
print()
local digits = {"10", "9", "100", "1"}
table.sort(digits)
print(table.concat(digits, " "))
