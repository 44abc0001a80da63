local function memoize(f)
  local cache = {}
  local hits = 0
  return function(n)
    local v = cache[n]
    if v == nil then
      v = f(n)
      cache[n] = v
    else
      hits = hits + 1
    end
    return v
  end, function() return hits end
end
local fib, hits
fib, hits = memoize(function(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end)
print("fib 80", fib(80))
print("hits", hits())
print("fib 90", fib(90))
-- memoize with false results
local calls = 0
local isodd = memoize(function(n) calls = calls + 1 return n % 2 == 1 end)
isodd(2); isodd(2); isodd(3); isodd(3)
print("calls", calls)
