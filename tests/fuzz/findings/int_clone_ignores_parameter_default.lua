-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 1:
--   lua5.4: 7	dflt
--   lua2py: 7	nil
-- lua5.4 prints:
--   7	dflt
--   7.5	dflt
--   0|	number	false
--   51.0	0
--   true	1e+15|
-- lua2py prints:
--   7	nil
--   7.5	dflt
--   None|	nil	true
--   51.0	nil
--   false	fuzz.lua:24: TypeError: unsupported operand type(s) for +: 'float' and 'str'
-- seeds 20040, 20049: in the integer clone of a function (its parameter `a` is used
-- in arithmetic and is an integer), another parameter's default is skipped: the
-- clone's type inference sees only the default's type, not the nil the caller left,
-- so `if not s` is compiled as false.  Then nil flows on: printed as nil, or as
-- Python's None inside a concatenation.
local function f(a, s)
  if not s then s = "dflt" end
  return a + 1, s
end
print(f(6))
print(f(6.5))
local function g(a, p)
  if a > 3 then a = a / 2 end
  if not p then p = 0 end
  print(p .. "|", type(p), p == nil)
  return a + 1, p
end
print(g(100))
-- seed 30232: the clone takes s for a string (its default's type) and concatenates it
-- with Python's +: a number argument raises Python's TypeError
local function h(a, s)
  if a > 3 then a = a / 2 end
  if not s then s = "dflt" end
  return s .. "|"
end
print(pcall(h, 7, 1e15))
