-- using the default files after they were closed
local name = "tmp_default_closed.txt"
local f = assert(io.open(name, "w")); f:write("x\n"); f:close()
io.input(name)
io.input():close()
local function try(label, fn) print(label, pcall(fn)) end
try("read", function() return io.read() end)
try("lines", function() return io.lines() end)
try("input()", function() return io.type(io.input()) end)
io.output(name)
io.close()
try("write", function() return io.write("x") end)
try("flush", function() return io.flush() end)
try("close", function() return io.close() end)
try("output()", function() return io.type(io.output()) end)
io.output(io.stdout)
io.input(io.stdin)
print("back to normal")
os.remove(name)
