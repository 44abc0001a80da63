local seed = 12345
local function rnd()
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed
end
local t = {}
for i = 1, 2000 do t[i] = rnd() % 1000 end
table.sort(t)
local ok = true
for i = 2, #t do if t[i - 1] > t[i] then ok = false end end
print("sorted", ok, t[1], t[1000], t[2000])
local s = {}
for i = 1, 500 do s[i] = rnd() % 100 end
table.sort(s, function(a, b) return a > b end)
ok = true
for i = 2, #s do if s[i - 1] < s[i] then ok = false end end
print("desc sorted", ok, s[1], s[500])
local sum = 0
for i = 1, #s do sum = sum + s[i] * i end
print("weighted sum", sum)
local strs = {}
for i = 1, 300 do strs[i] = string.format("k%05d", rnd() % 50000) end
table.sort(strs)
print(strs[1] <= strs[2], strs[150] <= strs[151], #strs)
