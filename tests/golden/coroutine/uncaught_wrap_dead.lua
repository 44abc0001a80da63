-- calling a finished wrapped coroutine at top level ends the program
local once = coroutine.wrap(function(x) return "got " .. x end)
print(once("a"))
print("calling the dead one")
once("b")
print("not reached")
