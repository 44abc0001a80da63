local s = "a\0b\0c"
print(#s, select(2, s:gsub("\0", "")))
print(s:find("\0", 3))
print(s:match("b(.)c") == "\0")
print((s:gsub("%z", "0")))
print(s:find("[%z]", 3))
print((s:gsub("[^%z]", "x")):byte(1, -1))
