local words = { "banana", "Apple", "cherry", "apple", "", "banana2", "b" }
table.sort(words)
print(table.concat(words, ","))
print("a" < "b", "a" < "B", "abc" < "abcd", "abd" > "abc")
print("" == "", "" < " ", "\0" > "")
print("10" < "2", "10" < "10.0", "Z" < "a")
print(("x"):rep(3) <= "xxx", "xxx" >= "xxy")
local function cmp(a, b) if a < b then return -1 elseif a > b then return 1 else return 0 end end
print(cmp("a", "b"), cmp("b", "a"), cmp("same", "same"))
