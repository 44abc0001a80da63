local A = setmetatable({}, {__name = "MyType"})
print(pcall(function() return A() end))
print(pcall(function() return A + 1 end))
print(pcall(function() return #A < 1 end))
