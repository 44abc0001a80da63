local scores = { alice = 3, bob = 5, carol = 4 }
for name, s in pairs(scores) do scores[name] = s * 2 end
local names = {}
for name in pairs(scores) do names[#names + 1] = name end
table.sort(names)
for _, n in ipairs(names) do print(n, scores[n]) end
local total = 0
for _, v in pairs(scores) do total = total + v end
print("total", total)
