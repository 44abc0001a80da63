local s = "abcabc"
for _, i in ipairs({1, 2, 4, 6, 7, 8, 0, -1, -3, -6, -7, -100}) do
  print(i, string.find(s, "abc", i), string.find(s, "a.", i), string.find(s, "", i))
end
print(string.find("abc", "$", 4))
print(string.find("abc", "^", 4))
print(string.find("abc", "x*", 5))
