local s = "Hello"
local codes = {s:byte(1, -1)}
print(table.concat(codes, " "))
print(string.char(table.unpack(codes)))
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local str = table.concat(all)
print(#str, str:byte(1), str:byte(-1), str:byte(128))
print(str:sub(66, 70))
