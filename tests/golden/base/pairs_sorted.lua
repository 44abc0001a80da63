local t = { 10, 20, 30 }
for k, v in pairs(t) do print("seq", k, v) end
local h = { zeta = 1, alpha = 2, mid = 3, [1] = "one", [2] = "two" }
local keys = {}
for k in pairs(h) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
local sum = 0
for _, v in pairs({ a = 1, b = 2, c = 3, d = 4 }) do sum = sum + v end
print("sum", sum)
local count = 0
for _ in pairs({ 1, 2, 3, nil, 5, x = nil, y = false }) do count = count + 1 end
print("count (nil not stored)", count)
local okn, fn, sn, in_ = pcall(pairs, nil)
print("pairs(nil) does not check", okn, type(fn), sn, in_)
print("but iterating fails", pcall(function() for _ in pairs(nil) do end end))
print(pcall(pairs))
