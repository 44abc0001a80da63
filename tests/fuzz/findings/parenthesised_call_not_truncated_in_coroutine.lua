-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 2:
--   lua5.4: true	1
--   lua2py: true	1	nil	3
-- lua5.4 prints:
--   true	1
--   true	1
--   1
--   number
-- lua2py prints:
--   true	1
--   true	1	nil	3
--   1	nil	3
--   userdata
-- seed 17: in a function's generator version (code running inside a coroutine), a
-- parenthesised call (f()) is not cut to one value: as the last argument it passes all
-- of f's results, and a library function gets the Python tuple itself (type() says
-- "userdata"); the plain version is right
local function va(...) local a = ... return a end
local function multi() return 1, nil, 3 end
print(pcall(va, (multi())))
print(coroutine.wrap(function() return pcall(va, (multi())) end)())
print(coroutine.wrap(function() return va((multi())) end)())
print(coroutine.wrap(function() return type((multi())) end)())
