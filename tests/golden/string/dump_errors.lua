print(pcall(string.dump, print))
print(pcall(string.dump))
print(pcall(string.dump, {}))
print(pcall(function() return string.dump(1) end))
