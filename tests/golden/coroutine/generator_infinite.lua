-- infinite generators: the consumer decides when to stop
local function fib()
  return coroutine.wrap(function()
    local a, b = 0, 1
    while true do
      coroutine.yield(a)
      a, b = b, a + b
    end
  end)
end
local out = {}
for v in fib() do
  if v > 1000 then break end
  out[#out + 1] = v
end
print(table.concat(out, " "))
-- the broken-off generator is still suspended and can continue
local g = fib()
for _ = 1, 10 do g() end
print("11th:", g(), "12th:", g())
-- primes by trial division as a generator
local function primes()
  return coroutine.wrap(function()
    local found = {}
    local n = 2
    while true do
      local isp = true
      for _, p in ipairs(found) do
        if p * p > n then break end
        if n % p == 0 then isp = false break end
      end
      if isp then found[#found + 1] = n coroutine.yield(n) end
      n = n + 1
    end
  end)
end
local ps, pg = {}, primes()
for _ = 1, 15 do ps[#ps + 1] = pg() end
print(table.concat(ps, ","))
