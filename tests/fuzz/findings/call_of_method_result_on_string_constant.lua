-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 1:
--   lua5.4: 1
--   lua2py: function: 0x007f56a26bfb00
-- lua5.4 prints:
--   1
--   abc
--   1
-- lua2py prints:
--   function: 0x007f56a26bfb00
--   abc
--   1
-- seeds 10044, 10054, 20035, 30143: calling the result of a method call on a string constant
print(("k1 k2"):gmatch("k(%d)")())
print(("abc"):upper():lower())
local s = "k1 k2"
print(s:gmatch("k(%d)")())
