print(string.match("2024-01-15T10:30", "((%d+)-(%d+)-(%d+))T((%d+):(%d+))"))
print(string.match("abc", "(a(b(c)))"))
print(string.gsub("abc", "(a(b))", "[%1|%2]"))
print(string.find("key=value", "((%w+)=(%w+))"))
