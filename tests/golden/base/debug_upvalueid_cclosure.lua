-- library closures (C closures in lua5.4, such as gmatch's iterator) have upvalues
-- without names; library functions (light C functions) have none
local it = string.gmatch("x", "x")
print(debug.upvalueid(it, 1) ~= nil, debug.upvalueid(it, 1) == debug.upvalueid(it, 1))
print(debug.upvalueid(it, 1) ~= debug.upvalueid(it, 2))
print((debug.getupvalue(it, 1)))
print(debug.upvalueid(print, 1))
print(select('#', debug.getupvalue(print, 1)))
local a = 1
local function f() return a end
print(pcall(debug.upvaluejoin, it, 1, f, 1))
print(pcall(debug.upvaluejoin, f, 1, it, 1))
print(pcall(debug.upvaluejoin, print, 1, f, 1))
print(pcall(debug.upvaluejoin, f, 1, print, 1))
