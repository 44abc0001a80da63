print(table.concat({"a", "b", "c"}))
print(table.concat({"a", "b", "c"}, ", "))
print(table.concat({}, "x") == "")
print(table.concat({"only"}, "-"))
print(table.concat({"x", "y"}, "\n"))
print(table.concat({1, 2, 3}, 4))
local words = {}
for w in ("the quick brown fox"):gmatch("%a+") do words[#words + 1] = w:upper() end
print(table.concat(words, "_"))
