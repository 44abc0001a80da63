-- an io error that is not caught ends the program
print("start")
local f = io.open("tmp_uncaught.txt", "w")
f:write("x")
f:close()
os.remove("tmp_uncaught.txt")
f:write("y")
print("not reached")
