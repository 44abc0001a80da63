local a = [[simple]]
local b = [=[contains ]] and [[]=]
local c = [==[
level two with ]=] inside]==]
print(a, b, c)
local d = [[
line1
line2
]]
print(#d, d)
print([[\n is not an escape]], #[[\t]])
local e = [[a
b]] == "a\nb"
print(e)
