-- "a+": reads start at the beginning, writes go to the end
local name = "tmp_append_plus.txt"
local f = assert(io.open(name, "w")); f:write("line1\nline2\n"); f:close()
f = assert(io.open(name, "a+"))
print("opened at:", f:seek())
print("read:", f:read("l"))
f:seek("set", 0)
f:write("appended\n")
print("after write:", f:seek())
f:seek("set", 0)
print("all:", string.format("%q", f:read("a")))
f:close()
os.remove(name)
