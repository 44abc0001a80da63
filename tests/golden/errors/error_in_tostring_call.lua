print(pcall(tostring, setmetatable({}, { __tostring = function() return nil end })))
print(pcall(tostring, setmetatable({}, { __tostring = function() return true end })))
print(pcall(tostring, setmetatable({}, { __tostring = function() return 12 end })))
print(pcall(tostring, setmetatable({}, { __tostring = "not a function" })))
