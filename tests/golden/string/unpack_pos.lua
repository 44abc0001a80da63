print(string.unpack("i4", "xd\0\0\0", 2))
print(string.unpack("b", "abc", -1))
print(string.unpack("b", "abc", 0))
print(pcall(string.unpack, "b", "abc", 4))
print(string.unpack("", "abc", 4))
print(pcall(string.unpack, "b", "abc", 5))
print(pcall(string.unpack, "i4", "abc"))
print(pcall(string.unpack, "i4"))
print(pcall(string.unpack))
local s = string.pack("i2 i2 i2", 10, 20, 30)
local pos, out = 1, {}
while pos <= #s do
  local v
  v, pos = string.unpack("i2", s, pos)
  out[#out + 1] = v
end
print(table.concat(out, ","), pos)
