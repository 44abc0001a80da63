-- fuzz repro (seed 14, reduced by hand), run as fuzz.lua
-- stdout line 1:
--   lua5.4: add(10,1)	add(1,10)	add(a,b)
--   lua2py: 11	11	add(a,b)
-- lua5.4 prints:
--   add(10,1)	add(1,10)	add(a,b)
-- lua2py prints:
--   11	11	add(a,b)
local smt = getmetatable("")
smt.__add = function(a, b) return "add(" .. tostring(a) .. "," .. tostring(b) .. ")" end
local s = "10"
print(s + 1, 1 + s, "a" + "b")
