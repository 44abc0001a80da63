-- io.type
local name = "tmp_io_type.txt"
local f = assert(io.open(name, "w"))
print(io.type(f), io.type(io.stdin), io.type(io.stdout), io.type(io.stderr))
f:close()
print(io.type(f))
print(io.type(nil), io.type(1), io.type("file"), io.type({}), io.type(print), io.type(io))
print(pcall(function() return io.type() end))
print(type(f), type(io.stdout))
os.remove(name)
