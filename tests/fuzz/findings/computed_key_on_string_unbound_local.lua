-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 1:
--   lua5.4: true	HELLO
--   lua2py: false	fuzz.lua:5: UnboundLocalError: cannot access local variable '_t1' where it is not associated with a value
-- lua5.4 prints:
--   true	HELLO
--   true	h	HELLO
-- lua2py prints:
--   false	fuzz.lua:5: UnboundLocalError: cannot access local variable '_t1' where it is not associated with a value
--   false	fuzz.lua:8: UnboundLocalError: cannot access local variable '_t1' where it is not associated with a value
-- seed 53: indexing a string with a computed key (the string metatable's __index
-- replaced by a function, or not) leaks Python's UnboundLocalError
local smt = getmetatable("")
local s = "hello"
print(pcall(function() return s[("up") .. "per"](s) end))
local old = smt.__index
smt.__index = function(str, k) if k == "first" then return str:sub(1, 1) end return old[k] end
print(pcall(function() return s.first, s[("up") .. "per"](s) end))
smt.__index = old
