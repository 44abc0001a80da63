local r = {}
for a in ("abc"):gmatch("") do r[#r + 1] = "[" .. a .. "]" end
print(#r, table.concat(r))
r = {}
for a in ("aaa"):gmatch("a-") do r[#r + 1] = "[" .. a .. "]" end
print(#r, table.concat(r))
r = {}
for a, b in ("abcd"):gmatch("(.)(.?)") do r[#r + 1] = a .. "/" .. b end
print(table.concat(r, " "))
r = {}
for a in ("x^y^"):gmatch("%^") do r[#r + 1] = a end
print(#r)
