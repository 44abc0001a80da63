-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 1:
--   lua5.4: add(10,1)	add(1,10)	add(a,b)
--   lua2py: 11	11	add(a,b)
-- lua5.4 prints:
--   add(10,1)	add(1,10)	add(a,b)
-- lua2py prints:
--   11	11	add(a,b)
-- seeds 14, 33, 216: lua5.4 does string arithmetic through the string metatable's __add...; replacing it changes "10" + 1
local smt = getmetatable("")
smt.__add = function(a, b) return "add(" .. tostring(a) .. "," .. tostring(b) .. ")" end
local s = "10"
print(s + 1, 1 + s, "a" + "b")
