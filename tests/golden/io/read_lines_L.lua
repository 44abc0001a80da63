-- the "L" format keeps the end of line
local name = "tmp_read_lines_L.txt"
local f = assert(io.open(name, "wb"))
f:write("one\ntwo\r\n\nlast")
f:close()
f = assert(io.open(name, "rb"))
while true do
  local l = f:read("L")
  if not l then break end
  print(string.format("%q", l), #l)
end
print("after eof:", f:read("L"))
f:close()
os.remove(name)
