-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 1:
--   lua5.4: no() called
--   lua2py: must not print
-- lua5.4 prints:
--   no() called
--   false
--   A
--   B
--   C
--   D
--   nil	nil
-- lua2py prints:
--   must not print
--   no() called
--   false
--   B
--   A
--   D
--   C
--   nil	nil
-- shrunk from seed 8 (then the undefined global replaced by a function):
-- the last argument of an exact-arity local function, itself a call, is hoisted
-- out of the expression, so it runs before the left operand of and/or and
-- before the earlier items of a constructor or argument list
local function id1(x) return x end
local function no() print("no() called") return false end
local r6 = (no() and (id1(print("must not print"))))
print(r6)
local t = {print("A"), id1(print("B"))}
print(print("C"), id1(print("D")))
