-- files as to-be-closed variables
local name = "tmp_close_attrib.txt"
local saved
do
  local f <close> = assert(io.open(name, "w"))
  saved = f
  f:write("written in a block\n")
  print("inside:", io.type(f))
end
print("after block:", io.type(saved))
local function writer()
  local f <close> = assert(io.open(name, "a"))
  saved = f
  f:write("from a function\n")
  error("boom")
end
print(pcall(writer))
print("after error:", io.type(saved))
for l in io.lines(name) do print(l) end
os.remove(name)
