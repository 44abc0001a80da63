-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 1:
--   lua5.4: false	fuzz.lua:2: attempt to call a MyType value (upvalue 'A')
--   lua2py: false	fuzz.lua:2: attempt to call a table value (upvalue 'A')
-- lua5.4 prints:
--   false	fuzz.lua:2: attempt to call a MyType value (upvalue 'A')
--   false	fuzz.lua:3: attempt to perform arithmetic on a MyType value (upvalue 'A')
--   true	true
-- lua2py prints:
--   false	fuzz.lua:2: attempt to call a table value (upvalue 'A')
--   false	fuzz.lua:3: attempt to perform arithmetic on a MyType value (upvalue 'A')
--   true	true
-- seeds 126, 10009, 10034, 30116: calling a table whose metatable has __name: lua5.4 names the type by __name
local A = setmetatable({}, {__name = "MyType"})
print(pcall(function() return A() end))
print(pcall(function() return A + 1 end))
print(pcall(function() return #A < 1 end))
