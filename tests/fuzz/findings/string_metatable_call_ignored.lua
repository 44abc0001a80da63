-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 1:
--   lua5.4: true	42
--   lua2py: false	fuzz.lua:4: attempt to call a string value (upvalue 'key')
-- lua5.4 prints:
--   true	42
-- lua2py prints:
--   false	fuzz.lua:4: attempt to call a string value (upvalue 'key')
-- seed 30: a __call set on the string metatable is ignored
getmetatable("").__call = function(s, t) return t[s] end
local key = "answer"
print(pcall(function() return key({answer = 42}) end))
