-- Concatenations become one f-string: known strings and integers directly, floats
-- through Lua's %.14g, unknown operands behind a class test with the helper as fallback.
local i, f, s = 10, 2.5, "str"
print("i=" .. i .. " f=" .. f .. " s=" .. s)
print(s .. s)
local u = tostring(7)
print("u=" .. u .. "!", u .. 1)
local parts = {}
for k = 1, 3 do parts[#parts + 1] = "k" .. k end
print(table.concat(parts, ","))
