-- no script arguments
print("select #", select('#', ...))
print("#arg", #arg, arg[0], arg[1])
local x = ...
print("x", x)
