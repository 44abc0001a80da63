local s = "h\u{E9}llo\u{20AC}!"
print(pcall(function() return utf8.offset(s, 1, 0) end))
print(pcall(function() return utf8.offset(s, 1, 14) end))
print(pcall(function() return utf8.offset(s, 1, -100) end))
print(pcall(function() return utf8.offset(s, 1, 3) end))
print(pcall(function() return utf8.offset(s, -1, 8) end))
print(pcall(function() return utf8.offset(s) end))
print(pcall(function() return utf8.offset(s, 1.5) end))
