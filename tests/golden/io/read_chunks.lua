-- reading a file in fixed-size chunks
local name = "tmp_read_chunks.txt"
local f = assert(io.open(name, "wb"))
for i = 1, 300 do f:write(string.format("%04d: the quick brown fox\n", i)) end
f:close()
f = assert(io.open(name, "rb"))
local sizes, parts = {}, {}
while true do
  local chunk = f:read(1024)
  if chunk == nil then break end
  sizes[#sizes + 1] = #chunk
  parts[#parts + 1] = chunk
end
f:close()
print("chunks:", #sizes, "last:", sizes[#sizes], "total:", #table.concat(parts))
print("first size:", sizes[1])
os.remove(name)
