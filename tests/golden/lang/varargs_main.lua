-- the main chunk is a vararg function receiving the script arguments
print("select #", select('#', ...))
print("args", ...)
local a, b = ...
print("a b", a, b)
print("arg[0]", arg[0])
print("#arg", #arg)
for i = 1, #arg do print("arg[" .. i .. "]", arg[i], type(arg[i])) end
local t = { ... }
print("#t", #t, t[#t])
print("arg[-1] is string", type(arg[-1]))
