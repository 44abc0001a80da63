print(string.find("hello", "()(l+)()"))
print(string.match("hello", "()ll()"))
print(string.gsub("hello", "()l", "%1"))
print(string.match("", "()"))
print(string.match("abc", "()$"))
print(string.match("abc", "^()"))
for a, b in ("a1b22c333"):gmatch("()%d+()") do io.write(a, "-", b, " ") end
print()
