-- file:lines and io.lines with read formats
local name = "tmp_lines_formats.txt"
local f = assert(io.open(name, "wb"))
f:write("1 2 3\n4 5\n6.5 x 7\n")
f:close()
f = assert(io.open(name, "rb"))
for n in f:lines("n") do print("n:", n) end
print("stopped at:", f:read("a"))
f:seek("set")
for a, b in f:lines(1, 2) do print("chunks:", string.format("%q %q", a, b)) end
f:seek("set")
for l in f:lines("L") do io.write("L: ", l) end
f:seek("set")
for a, b, c in f:lines("n", "n", "l") do print("triple:", a, b, string.format("%q", c)) end
f:close()
for a, b in io.lines(name, "l", "n") do print("io.lines pair:", a, b) end
for c in io.lines(name, 4) do io.write("[", c, "]") end
print()
os.remove(name)
