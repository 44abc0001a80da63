-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 1:
--   lua5.4: 0.0	-0.0	0.0	0.0
--   lua2py: -0.0	-0.0	0.0	0.0
-- lua5.4 prints:
--   0.0	-0.0	0.0	0.0
--   -0.0
-- lua2py prints:
--   -0.0	-0.0	0.0	0.0
--   -0.0
-- seed 30381: lua5.4 compiles `x - 0` (an integer constant that fits an immediate) as
-- `x + (-0)` (OP_ADDI), so -0.0 - 0 is -0.0 + 0 = 0.0; lua2py subtracts: -0.0
local o1 = -0.0
print(o1 - 0, o1 - 0.0, o1 + 0, 0 - o1)
local k = 0
print(o1 - k)
