local cps = {0x41, 0xE9, 0x3B1, 0x5D0, 0x4E2D, 0x20AC, 0x1F600, 0x10FFFF}
local s = utf8.char(table.unpack(cps))
print(#s, utf8.len(s))
local back = {utf8.codepoint(s, 1, -1)}
local same = #back == #cps
for i = 1, #cps do same = same and back[i] == cps[i] end
print("same", same)
local rebuilt = {}
for _, c in utf8.codes(s) do rebuilt[#rebuilt + 1] = utf8.char(c) end
print(table.concat(rebuilt) == s)
