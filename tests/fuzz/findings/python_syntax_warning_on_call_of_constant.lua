-- seed 10061: calling a constant compiles to a Python call of a literal, and Python's
-- compiler prints a SyntaxWarning on stderr ahead of Lua's own error line
print(pcall(function() return ("x")() end))
print(pcall(function() return (nil)() end))
error("the first stderr line must be this error")
