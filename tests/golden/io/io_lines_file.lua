-- io.lines(filename) opens the file and closes it at the end
local name = "tmp_io_lines_file.txt"
local f = assert(io.open(name, "wb"))
f:write("one\ntwo\nthree\n")
f:close()
for l in io.lines(name) do print("line:", l) end
local it, s, c, file = io.lines(name)
print("results:", type(it), s, c, io.type(file))
print(it(), it(), it())
print("before end:", io.type(file))
print("end:", it())
print("after end:", io.type(file))
local ok, err = pcall(function() return it() end)
print(ok, err)
-- breaking out of the loop closes the file (it is the to-be-closed value)
local it2, s2, c2, file2 = io.lines(name)
for l in it2, s2, c2, file2 do print("first only:", l) break end
print("after break:", io.type(file2))
os.remove(name)
