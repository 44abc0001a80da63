-- setvbuf("line"): the buffer is written at each end of line
local name = "tmp_setvbuf_line.txt"
local w = assert(io.open(name, "w"))
print("setvbuf:", w:setvbuf("line"))
local r = assert(io.open(name, "r"))
w:write("partial")
print("no newline yet:", string.format("%q", r:read("a")))
w:write(" line\nnext")
print("after newline:", string.format("%q", r:read("a")))
w:write("\n")
print("second newline:", string.format("%q", r:read("a")))
w:close()
r:close()
os.remove(name)
