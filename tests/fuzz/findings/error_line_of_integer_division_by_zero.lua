-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 1:
--   lua5.4: false	fuzz.lua:4: attempt to perform 'n%0'
--   lua2py: false	fuzz.lua:7: attempt to perform 'n%0'
-- stderr:
--   lua5.4: lua: fuzz.lua:18: attempt to perform 'n%0'
--   lua2py: lua: fuzz.lua:20: attempt to perform 'n%0'
-- lua5.4 prints:
--   false	fuzz.lua:4: attempt to perform 'n%0'
--   called
--   false	fuzz.lua:12: attempt to divide by zero
--   0
--   [exit status 1] lua: fuzz.lua:18: attempt to perform 'n%0'
-- lua2py prints:
--   false	fuzz.lua:7: attempt to perform 'n%0'
--   called
--   false	fuzz.lua:14: attempt to divide by zero
--   0
--   [exit status 1] lua: fuzz.lua:20: attempt to perform 'n%0'
-- seeds 42, 152, 20027: lua5.4's OP_MOD/OP_IDIV raise 'n%%0' / 'n//0' without saving
-- the pc first, so the error carries the line of the last instruction that did
-- (the function's first line, or the last call before it), not the operation's line
local function f()
  local z = 0
  local a = 1
  return 10 % z
end
print(pcall(f))
local function h()
  local z = 0
  print("called")
  local a = 1
  return a // z
end
print(pcall(h))
local x = 0
print(x)
x = 1
x = 7 % x - 7 % 0
