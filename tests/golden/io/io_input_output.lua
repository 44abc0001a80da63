-- io.input / io.output with file names and handles
local inname, outname = "tmp_io_in.txt", "tmp_io_out.txt"
local f = assert(io.open(inname, "w")); f:write("in 1\nin 2\n"); f:close()
print("defaults:", io.input() == io.stdin, io.output() == io.stdout)
local fin = io.input(inname)
print("input by name:", io.type(fin), io.input() == fin)
print("read:", io.read())
local fout = io.output(outname)
print("output by name:", io.type(fout), io.output() == fout)
io.write("out ", 1, "\n")
print("io.write returns:", io.write("more\n") == fout)
print("io.lines default:")
for l in io.lines() do print("", l) end
io.input(io.stdin)
io.output(io.stdout)
print("restored:", io.input() == io.stdin, io.output() == io.stdout)
print("old still open:", io.type(fin), io.type(fout))
fin:close()
fout:close()
for l in io.lines(outname) do print("out file:", l) end
-- handles are accepted too
local h = assert(io.open(inname))
print("input(handle):", io.input(h) == h, io.read("L"))
io.input(io.stdin)
h:close()
-- numbers are file names
print("number name:", io.type(io.output(123)))
io.output():close()
io.output(io.stdout)
for l in io.lines("123") do print("123:", l) end
os.remove("123")
local function try(label, fn) print(label, pcall(fn)) end
try("bad input", function() return io.input({}) end)
try("bad output", function() return io.output(true) end)
try("missing input", function() return io.input("no_such_file.txt") end)
try("closed handle", function() return io.input(h) end)
print("input unchanged:", io.input() == io.stdin)
os.remove(inname)
os.remove(outname)
