local s = "h\u{E9}llo\u{20AC}!"
print(#s, utf8.len(s))
print(utf8.len(""), utf8.len("abc"))
print(utf8.len(s, 3), utf8.len(s, 2, 2), utf8.len(s, 1, 3))
print(utf8.len("abc", 4), utf8.len("abc", -1), utf8.len("abc", 2, 1))
print(utf8.len("\u{1F600}\u{1F601}"), utf8.len("\0\0"))
print(utf8.len(12345))
