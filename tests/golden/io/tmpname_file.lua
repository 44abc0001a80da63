-- using os.tmpname for a scratch file
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("scratch ", 1, "\n")
f:close()
for l in io.lines(name) do print(l) end
print(os.remove(name))
print(io.open(name) == nil, select(3, io.open(name)))
