-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stderr:
--   lua5.4: lua: fuzz.lua:5: the first stderr line must be this error
--   lua2py: fuzz.lua:3: SyntaxWarning: 'str' object is not callable; perhaps you missed a comma?
-- lua5.4 prints:
--   false	fuzz.lua:3: attempt to call a string value (constant 'x')
--   false	fuzz.lua:4: attempt to call a nil value
--   [exit status 1] lua: fuzz.lua:5: the first stderr line must be this error
-- lua2py prints:
--   false	fuzz.lua:3: attempt to call a string value (constant 'x')
--   false	fuzz.lua:4: attempt to call a nil value
--   [exit status 1] fuzz.lua:3: SyntaxWarning: 'str' object is not callable; perhaps you missed a comma?
-- seed 10061: calling a constant compiles to a Python call of a literal, and Python's
-- compiler prints a SyntaxWarning on stderr ahead of Lua's own error line
print(pcall(function() return ("x")() end))
print(pcall(function() return (nil)() end))
error("the first stderr line must be this error")
