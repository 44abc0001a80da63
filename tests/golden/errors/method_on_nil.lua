print(pcall(function() local s s:upper() end))
print(pcall(function() local t = {} t.name:upper() end))
print(pcall(function() missing_obj:method() end))
print(pcall(function() local n = 5 n:foo() end))
print(pcall(function() local t = {} t:nomethod(1, 2) end))
local up
print(pcall(function() up:m() end))
print(pcall(function() return ("abc"):nosuch() end))
