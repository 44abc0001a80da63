-- w+ truncates, then allows reading back what was written
local name = "tmp_w_plus.txt"
local f = assert(io.open(name, "w")); f:write("old content that is long"); f:close()
f = assert(io.open(name, "w+"))
print("truncated:", string.format("%q", f:read("a")))
f:write("new\ncontent\n")
f:seek("set")
for l in f:lines() do print("line:", l) end
f:seek("set", 4)
f:write("C")
f:seek("set")
print(f:read("a"))
f:close()
os.remove(name)
