local function sieve(n)
  local is = {}
  for i = 2, n do is[i] = true end
  for i = 2, math.floor(n ^ 0.5) do
    if is[i] then
      for j = i * i, n, i do is[j] = false end
    end
  end
  local primes = {}
  for i = 2, n do if is[i] then primes[#primes + 1] = i end end
  return primes
end
local p = sieve(100)
print(#p, table.concat(p, " "))
local big = sieve(100000)
print("primes below 100000", #big, big[#big])
