-- all 256 byte values pass through files unchanged
local src, dst = "tmp_binary_src.bin", "tmp_binary_dst.bin"
local bytes = {}
for i = 0, 255 do bytes[#bytes + 1] = string.char(i) end
local data = table.concat(bytes)
data = data .. data:reverse() .. "\r\n\n\r\0\0"
local f = assert(io.open(src, "wb")); f:write(data); f:close()
-- copy in chunks
local i, o = assert(io.open(src, "rb")), assert(io.open(dst, "wb"))
while true do
  local chunk = i:read(100)
  if not chunk then break end
  o:write(chunk)
end
i:close(); o:close()
f = assert(io.open(dst, "rb"))
local copy = f:read("a")
f:close()
print("sizes:", #data, #copy, copy == data)
local sum = 0
for k = 1, #copy do sum = (sum * 31 + copy:byte(k)) % 1000000007 end
print("checksum:", sum)
-- line reading keeps every byte but the newlines
local n, total = 0, 0
for l in io.lines(dst) do n = n + 1; total = total + #l end
print("lines:", n, "bytes in lines:", total)
f = assert(io.open(dst, "rb"))
print("byte 0:", f:read(1):byte(), "byte 255 at:", f:seek("set", 255), f:read(1):byte())
f:close()
os.remove(src)
os.remove(dst)
