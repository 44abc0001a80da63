-- arg has the script at index 0 and options before it at negative indices
print("arg[0]", arg[0])
print("n args", #arg)
print("first", arg[1], "last", arg[#arg])
local joined = {}
for i = 1, #arg do joined[i] = "<" .. arg[i] .. ">" end
print(table.concat(joined, " "))
print("dots", ...)
