print("len", string.len("hello"), ("abc"):len(), #"", string.len("a\0b"))
print("len num", string.len(12345), string.len(1.5))
print(pcall(string.len))
print(pcall(function() return string.len({}) end))
