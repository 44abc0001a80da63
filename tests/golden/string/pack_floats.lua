local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("f", 1.5)), hex(string.pack(">d", 1.5)), hex(string.pack("n", -0.0)))
print(hex(string.pack("f", 1e300)), hex(string.pack("f", -1e300)), hex(string.pack("d", 1/0)))
print(string.unpack("f", string.pack("f", 0.1)))
print(string.unpack("d", string.pack("d", 0.1)))
print(string.unpack("n", string.pack("n", math.pi)))
print(string.unpack("<f >f", string.pack("<f >f", 2.5, -2.5)))
print(math.type((string.unpack("d", string.pack("d", 3)))))
print(string.unpack("d", string.pack("d", 1/0)), string.unpack("f", string.pack("f", -1/0)))
