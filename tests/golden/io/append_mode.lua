-- "a": opened at the end, every write goes to the end even after a seek
local name = "tmp_append_mode.txt"
local f = assert(io.open(name, "w")); f:write("start\n"); f:close()
f = assert(io.open(name, "a"))
print("opened at:", f:seek())
f:write("one\n")
print("after write:", f:seek())
print("seek set 0:", f:seek("set", 0))
f:write("two\n")
print("after second write:", f:seek())
f:close()
f = assert(io.open(name, "ab")); f:write("three\n"); f:close()
for l in io.lines(name) do print(l) end
os.remove(name)
-- "a" creates the file
f = assert(io.open(name, "a")); print("new file at:", f:seek()); f:write("x"); f:close()
f = assert(io.open(name)); print(f:read("a")); f:close()
os.remove(name)
