local s = "text"
print(pcall(function() return s:rep({}) end))
print(pcall(function() return s:sub() end))
print(pcall(function() return s:find({}) end))
print(pcall(function() return s:gsub("t") end))
print(pcall(function() return s:byte(1.5) end))
print(pcall(function() return s:format() end))
print(pcall(function() return ("%d"):format("z") end))
