print("arg type", type(arg))
print("arg[0]", arg[0])
print("#arg", #arg)
for i = 1, #arg do print(i, arg[i]) end
print("varargs match", select('#', ...) == #arg)
local sum = 0
for i = 1, #arg do sum = sum + tonumber(arg[i]) end
print("sum", sum)
local function f(...) return select('#', ...) end
print("forward", f(...))
