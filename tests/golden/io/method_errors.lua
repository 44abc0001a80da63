-- calling file methods on things that are not files
local function try(label, fn) print(label, pcall(fn)) end
try("write number", function() return io.stdout.write(1) end)
try("read table", function() return io.stdin.read({}) end)
try("lines string", function() return io.stdout.lines("x") end)
try("close nil", function() return io.stdout.close(nil) end)
try("seek none", function() return io.stdout.seek() end)
try("flush bool", function() return io.stdout.flush(true) end)
try("setvbuf io", function() return io.stdout.setvbuf(io) end)
try("tostring", function() return getmetatable(io.stdout).__tostring({}) end)
