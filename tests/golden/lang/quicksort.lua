local function qsort(t, lo, hi)
  lo = lo or 1
  hi = hi or #t
  if lo < hi then
    local pivot = t[hi]
    local i = lo - 1
    for j = lo, hi - 1 do
      if t[j] <= pivot then
        i = i + 1
        t[i], t[j] = t[j], t[i]
      end
    end
    t[i + 1], t[hi] = t[hi], t[i + 1]
    qsort(t, lo, i)
    qsort(t, i + 2, hi)
  end
  return t
end
print(table.concat(qsort({ 5, 3, 8, 1, 9, 2, 7 }), " "))
print(table.concat(qsort({ "pear", "apple", "fig", "banana" }), " "))
-- deterministic pseudo random data
local seed = 12345
local function rnd()
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed
end
local data = {}
for i = 1, 1000 do data[i] = rnd() % 1000 end
qsort(data)
local ok = true
for i = 2, #data do if data[i - 1] > data[i] then ok = false end end
print("sorted", ok, data[1], data[500], data[1000])
local copy = {}
for i = 1, 10 do copy[i] = (i * 7) % 10 end
table.sort(copy)
print(table.concat(copy, ","))
local words = { "delta", "alpha", "Charlie", "bravo" }
table.sort(words)
print(table.concat(words, ","))
