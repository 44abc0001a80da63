-- the position seen by seek is the logical one, not the buffer's
local name = "tmp_seek_after_read.txt"
local f = assert(io.open(name, "w"))
for i = 1, 2000 do f:write(i, "\n") end
f:close()
f = assert(io.open(name))
print(f:read("l"), f:seek())
print(f:read(10), f:seek())
for i = 1, 1000 do f:read("l") end
print(f:read("l"), f:seek())
print(f:read("n"), f:seek())
print(f:seek("end"), f:read(1))
f:close()
os.remove(name)
