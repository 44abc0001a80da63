-- unstable sort: the order of equal keys is lua5.4's quicksort order
local keys = {5, 3, 5, 1, 3, 5, 2, 1, 4, 3, 5, 2, 1, 4, 4, 2, 5, 3}
local recs = {}
for i, k in ipairs(keys) do recs[i] = {k = k, id = i} end
table.sort(recs, function(a, b) return a.k < b.k end)
for _, r in ipairs(recs) do io.write(r.k, ":", r.id, " ") end
print()
local big = {}
for i = 1, 90 do big[i] = {k = (i * 7) % 5, id = i} end
table.sort(big, function(a, b) return a.k > b.k end)
local ids = {}
for i, r in ipairs(big) do ids[i] = r.id end
print(table.concat(ids, " "))
