local parts = {}
for i = 1, 5 do parts[#parts + 1] = string.format("%d:%s", i, ("*"):rep(i)) end
print(table.concat(parts, " | "))
local s = ""
for i = 1, 5 do s = s .. i .. (i < 5 and "," or "") end
print(s)
local words = { "the", "quick", "brown", "fox" }
local caps = {}
for i, w in ipairs(words) do caps[i] = w:sub(1, 1):upper() .. w:sub(2) end
print(table.concat(caps, " "))
print(("abc"):rep(3, ", "), ("-"):rep(20))
print(string.format("[%5s][%-5s][%5.1f][%03d]", "ab", "ab", 3.14159, 7))
print(#table.concat({}, "x"), table.concat({ "solo" }, "x"))
