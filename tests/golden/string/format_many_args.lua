local parts, args = {}, {}
for i = 1, 50 do parts[#parts + 1] = "%d"; args[#args + 1] = i end
print(string.format(table.concat(parts, ","), table.unpack(args)))
print(string.format("%s %s %s", 1, 2, 3, 4, 5))
print(pcall(string.format, table.concat(parts, ","), table.unpack(args, 1, 49)))
