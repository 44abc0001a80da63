-- issue 10 #16: no Python detail leaks: functions named like Python keywords and
-- builtins keep their Lua names in tracebacks and messages, and calling a constant
-- gives Lua's error without Python's SyntaxWarning on stderr
function range(n) print(debug.traceback("range " .. n)) end
function def() range(1) end
def()
function class(t) return t.field end
print(pcall(class, nil))
function list() print(debug.traceback("list")) end
function print2() list() end
print2()
print(pcall(function() return ("x")() end))
print(pcall(function() return (nil)() end))
print(pcall(function() return (1)(2) end))
print(pcall(function() return (true)() end))
print(pcall(function() return ("x")(1)(2) end))
print(("x") and 1, 1 and 2, "a" or 3, 2.5 or nil, not "x")
error("the first stderr line must be this error")
