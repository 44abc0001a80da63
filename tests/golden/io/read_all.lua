-- the "a" format reads the rest of the file and never fails
local name = "tmp_read_all.txt"
local f = assert(io.open(name, "wb"))
for i = 1, 500 do f:write(string.format("line %03d\n", i)) end
f:close()
f = assert(io.open(name, "rb"))
print("first line:", f:read("l"))
local rest = f:read("a")
print("rest length:", #rest)
print("rest starts:", string.format("%q", rest:sub(1, 9)))
print("again:", string.format("%q", f:read("a")))
print("line at eof:", f:read("l"))
print("a at eof:", string.format("%q", f:read("a")))
f:close()
f = assert(io.open(name, "rb"))
local all = f:read("a")
print("whole:", #all, select(2, all:gsub("\n", "")))
f:close()
os.remove(name)
