for _, n in ipairs({0, 1, 2, 3, 10, -1}) do
  print(n, string.gsub("aaaa", "a", "b", n))
end
print(string.gsub("aaaa", "a", "b", 2.0))
print(string.gsub("abc", "", "-", 2))
print(pcall(string.gsub, "aaaa", "a", "b", 1.5))
print(pcall(string.gsub, "aaaa", "a", "b", "x"))
print(string.gsub("aaaa", "a", "b", "2"))
