-- arguments are checked while writing: earlier ones are already written
local name = "tmp_write_arg_order.txt"
local f = assert(io.open(name, "w"))
print(pcall(function() return f:write("before ", 1, {}, "after") end))
f:close()
f = assert(io.open(name))
print(string.format("%q", f:read("a")))
f:close()
os.remove(name)
