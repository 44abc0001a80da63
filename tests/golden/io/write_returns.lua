-- write returns the file, so calls chain
local name = "tmp_write_returns.txt"
local f = assert(io.open(name, "w"))
print(f:write("a") == f)
f:write("b"):write("c", "d"):write(1, 2.5)
print(f:write() == f)
f:close()
f = assert(io.open(name))
print(f:read("a"))
f:close()
print(io.write("x") == io.stdout)
print(io.stdout:write("y") == io.stdout)
io.write("\n")
os.remove(name)
