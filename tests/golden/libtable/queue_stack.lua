local stack = {}
for i = 1, 4 do table.insert(stack, i) end
local out = {}
while #stack > 0 do out[#out + 1] = table.remove(stack) end
print("stack", table.concat(out, " "))
local queue = {}
for _, v in ipairs({"a", "b", "c", "d"}) do table.insert(queue, v) end
out = {}
while #queue > 0 do out[#out + 1] = table.remove(queue, 1) end
print("queue", table.concat(out, " "))
local dq = {}
table.insert(dq, 1, "x")
table.insert(dq, 1, "y")
table.insert(dq, "z")
print("deque", table.concat(dq, " "))
