local function hex(s)
  return (s:gsub(".", function(c) return string.format("%02X ", c:byte()) end))
end
print(hex(utf8.charpattern))
local s = "h\u{E9}llo \u{20AC}\u{1F600}!"
local parts = {}
for c in s:gmatch(utf8.charpattern) do parts[#parts + 1] = #c end
print(table.concat(parts, ","))
print(select(2, s:gsub(utf8.charpattern, "")))
