-- arrays: numeric for loops over large arrays (2e6 elements) -- a sieve of
-- Eratosthenes, a float array filled, scaled in place and summed, integer
-- prefix sums, an in-place reversal and a strided gather.
local N = 2000000

-- sieve
local composite = {}
for i = 1, N do composite[i] = false end
local count = 0
for i = 2, N do
  if not composite[i] then
    count = count + 1
    for j = i * i, N, i do composite[j] = true end
  end
end
print(string.format("primes <= %d: %d", N, count))

-- float array: fill, scale in place, sum
local a = {}
for i = 1, N do a[i] = i * 0.5 end
for r = 1, 6 do
  for i = 1, N do a[i] = a[i] * 1.0001 + r end
end
local s = 0.0
for i = 1, N do s = s + a[i] end
print(string.format("float sum: %.6f", s))

-- integer prefix sums, then reverse in place
local b = {}
for i = 1, N do b[i] = i % 17 end
for i = 2, N do b[i] = b[i] + b[i - 1] end
local i, j = 1, N
while i < j do
  b[i], b[j] = b[j], b[i]
  i = i + 1
  j = j - 1
end
print(string.format("prefix: %d %d %d", b[1], b[N], b[N // 2]))

-- strided gather into a new array, then a dot product
local c = {}
local n = 0
for k = 1, N, 3 do
  n = n + 1
  c[n] = b[k] - b[N - k + 1]
end
local dot = 0
for k = 1, n do dot = dot + c[k] * (k % 5) end
print(string.format("gather: %d %d", n, dot))
