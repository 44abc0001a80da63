local fmt = "<i1 i2 i4 i8 I3 d f n s1 z c3 j J"
local packed = string.pack(fmt, -1, -300, 70000, -(1 << 62), 0xABCDEF, 1.5, 0.25, -2.0, "hi", "zs", "abc", 5, -1)
print(#packed)
print(string.unpack(fmt, packed))
for _, f in ipairs({"b", "B", "h", "H", "i", "I", "l", "L", "j", "J", "T", "f", "d", "n"}) do
  print(f, string.packsize(f), (string.unpack(f, string.pack(f, 7))))
end
