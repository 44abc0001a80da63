-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 1:
--   lua5.4: 3	3
--   lua2py: 1	3
-- lua5.4 prints:
--   3	3
--   4	4
--   3	3
-- lua2py prints:
--   1	3
--   2	4
--   1	0
-- seeds 22, 24, 29, 32, 38: #t of a table constructor with nil items (also {...}) is the first border, lua5.4's is the array size
local function va(...)
  local t = {...}
  return #t, select("#", ...)
end
print(va(1, nil, 3))
print(va(1, 1, nil, 4))
print(#{1, nil, 3}, #{nil, nil, 3})
