local s = "h\u{E9}llo\u{20AC}!"
for n = 1, 9 do io.write(tostring(utf8.offset(s, n)), " ") end
print()
for n = -1, -9, -1 do io.write(tostring(utf8.offset(s, n)), " ") end
print()
print(utf8.offset(s, 0, 3), utf8.offset(s, 0, 8), utf8.offset(s, 0, 1), utf8.offset(s, 0, 11))
print(utf8.offset(s, 1, 4), utf8.offset(s, 2, 6), utf8.offset(s, -1, 6), utf8.offset(s, -1, 11))
print(utf8.offset(s, 1, 11), utf8.offset(s, 5, 11), utf8.offset(s, -7, 11), utf8.offset(s, -8, 11))
print(utf8.offset("", 1), utf8.offset("", -1), utf8.offset("", 0))
