-- lines longer than any internal buffer
local name = "tmp_long_lines.txt"
local f = assert(io.open(name, "wb"))
f:write(string.rep("a", 5000), "\n", string.rep("b", 10000), "\n\n", string.rep("c", 3000))
f:close()
for l in io.lines(name) do print(#l, l:sub(1, 1)) end
f = assert(io.open(name, "rb"))
print(#f:read("L"), #f:read("L"), #f:read("L"), #f:read("L"), f:read("L"))
f:close()
os.remove(name)
