-- a file that is no longer referenced is closed (so flushed) by a full collection,
-- even when a temporary of the running function last held it (files.lua)
local file = os.tmpname()
io.output(file)
assert(io.write("alo alo"):seek() == 7)
assert(io.output():seek("set") == 0)
assert(io.write("first\n", "second\n"))
io.output(io.stdout)
collectgarbage()
local f = io.open(file, "ab"); f:write("third\n"); f:close()
local n = 0
for l in io.lines(file) do n = n + 1; print(l) end
print(n)
os.remove(file)
