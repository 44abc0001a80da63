-- the function name in "bad argument" messages depends on how it was called
print(pcall(function() string.rep() end))
print(pcall(string.rep))
local rep = string.rep
print(pcall(function() rep() end))
print(pcall(function() ("x"):rep() end))
local t = { myrep = string.rep }
print(pcall(function() t.myrep() end))
print(pcall(function() t:myrep() end))
print(pcall(function() math.floor() end))
print(pcall(math.floor))
print(pcall(function() local f = math.floor f({}) end))
-- method calls shift the argument number
print(pcall(function() local s = "x" return s:rep("bad") end))
print(pcall(function() return string.rep("x", "bad") end))
