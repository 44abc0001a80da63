local s = "x = 1, y = -22.5, z = 3e10, w = 0x1F"
for k, v in s:gmatch("(%w+) = ([^,]+)") do print(k, v, tonumber(v)) end
print(s:match("%-?%d+%.?%d*"))
print(s:match("0x(%x+)"))
print(("  123  "):match("^%s*(%d+)%s*$"))
print(("12ab"):match("^%d+$"))
