-- file:lines() iterates and leaves the file open
local name = "tmp_lines_method.txt"
local f = assert(io.open(name, "wb"))
f:write("alpha\nbeta\n\ngamma")
f:close()
f = assert(io.open(name, "rb"))
local n = 0
for l in f:lines() do
  n = n + 1
  print(n, string.format("%q", l))
end
print("after loop:", io.type(f), f:read("a"), f:seek())
f:seek("set", 6)
for l in f:lines() do print("from 6:", l) end
f:seek("set")
local it = f:lines()
print(it(), it())
f:close()
print(pcall(function() return it() end))
os.remove(name)
