-- io.lines on a missing file raises an error (uncaught here)
print(pcall(function() return io.lines("no_such_file.txt") end))
print(pcall(function() return io.lines({}) end))
for l in io.lines("missing_too.txt") do print(l) end
print("not reached")
