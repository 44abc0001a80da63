-- the "l" format: lines without their end of line
local name = "tmp_read_lines_l.txt"
local f = assert(io.open(name, "wb"))
f:write("first\n\nthird line\r\n   spaced   \nlast without newline")
f:close()
f = assert(io.open(name, "rb"))
for i = 1, 7 do
  local l = f:read("l")
  print(i, l == nil and "nil" or string.format("%q", l))
end
f:close()
f = assert(io.open(name, "rb"))
print("no args:", f:read())
print("no args:", f:read())
f:close()
-- an empty file
f = assert(io.open(name, "wb")); f:close()
f = assert(io.open(name, "rb"))
print("empty:", f:read("l"), f:read("a"), f:read("l"))
f:close()
-- a file that is only a newline
f = assert(io.open(name, "wb")); f:write("\n"); f:close()
f = assert(io.open(name, "rb"))
print("newline only:", string.format("%q", f:read("l")), f:read("l"))
f:close()
os.remove(name)
