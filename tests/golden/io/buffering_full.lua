-- written data stays in the file's buffer until flush or close
local name = "tmp_buffering_full.txt"
local w = assert(io.open(name, "w"))
w:write("buffered text\n")
local r = assert(io.open(name, "r"))
print("before flush:", string.format("%q", r:read("a")))
print("flush:", w:flush())
print("after flush:", string.format("%q", r:read("a")))
w:write("more\n")
print("before close:", string.format("%q", r:read("a")))
print("close:", w:close())
print("after close:", string.format("%q", r:read("a")))
r:close()
os.remove(name)
