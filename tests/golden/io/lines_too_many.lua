-- at most 250 formats for lines
local name = "tmp_lines_too_many.txt"
local f = assert(io.open(name, "w")); f:write(string.rep("x\n", 300)); f:close()
f = assert(io.open(name))
local fmts = {}
for i = 1, 250 do fmts[i] = "l" end
local it = f:lines(table.unpack(fmts))
print("250 ok:", select("#", it()))
fmts[251] = "l"
print(pcall(function() return f:lines(table.unpack(fmts)) end))
print(pcall(function() return io.lines(name, table.unpack(fmts)) end))
f:close()
os.remove(name)
