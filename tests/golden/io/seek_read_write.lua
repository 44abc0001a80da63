-- r+: overwrite in the middle of a file, reads and writes separated by seeks
local name = "tmp_seek_rw.txt"
local f = assert(io.open(name, "w")); f:write("hello world\nsecond line\n"); f:close()
f = assert(io.open(name, "r+"))
print(f:read(5))
f:seek("cur")
f:write("_")
f:seek("cur")
print(f:read("l"))
f:seek("set", 12)
f:write("SECOND")
f:seek("set")
print(f:read("a"))
f:seek("end")
f:write("third\n")
f:seek("set", 0)
local n = 0
for l in f:lines() do n = n + 1 end
print("lines:", n, f:seek("end"))
f:close()
os.remove(name)
