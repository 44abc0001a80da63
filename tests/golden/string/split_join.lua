local function split(s, sep)
  local out = {}
  for piece in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do out[#out + 1] = piece end
  return out
end
local t = split("a,b,,c", ",")
print(#t, table.concat(t, "|"))
t = split("one.two.three", ".")
print(#t, table.concat(t, "|"))
local words = {}
for w in ("  the quick  brown fox "):gmatch("%S+") do words[#words + 1] = w end
print(#words, table.concat(words, " "))
