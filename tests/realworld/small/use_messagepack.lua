-- requires: lua-messagepack
-- MessagePack (the Lua 5.3 build uses string.pack): pack, unpack, types, options
package.path = package.path .. ";/usr/share/lua/5.3/?.lua"
local mp = require "MessagePack"
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
for _, v in ipairs {0, 1, 127, 128, 255, 256, 65535, 65536, -1, -32, -33, -128, -129, -32768, -2147483649,
                    2^31, 1.5, -0.25, 1e300, "", "abc", ("x"):rep(40), true, false} do
  local packed = mp.pack(v)
  local back = mp.unpack(packed)
  print(tostring(v):sub(1, 12), hex(packed):sub(1, 40), back == v, math.type(back) or type(back))
end
print(hex(mp.pack({1, 2, 3})), hex(mp.pack({})))
local t = mp.unpack(mp.pack({a = 1, list = {1, 2, {3}}, s = "str"}))
print(t.a, t.list[3][1], t.s)
print(hex(mp.pack(mp.null or 0)))
mp.set_number("float") print(hex(mp.pack(1.5)))
mp.set_number("double") print(hex(mp.pack(1.5)))
mp.set_integer("unsigned") print(hex(mp.pack(5)))
mp.set_integer("signed") print(hex(mp.pack(5)))
mp.set_string("binary") print(hex(mp.pack("ab")))
mp.set_string("string")
mp.set_array("with_hole") print(hex(mp.pack({1, nil, 3})))
local iter = {}
for _, v in mp.unpacker(mp.pack(1) .. mp.pack("two") .. mp.pack({3})) do iter[#iter + 1] = type(v) end
print(table.concat(iter, ","))
print(pcall(mp.unpack, "\xc1"))
print(pcall(mp.unpack, mp.pack("abc"):sub(1, 2)))
print(pcall(mp.pack, print))
print(mp._VERSION)
