-- A guarded clone: fib's parameter feeds arithmetic and comparisons, so fib starts
-- with `if n.__class__ is int:` and an integer copy of its body.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
print(fib(20), fib(10.0))

-- guarded arithmetic: a tree over untyped locals, one class test per local
local function lcg(seed)
  local x = seed
  for _ = 1, 3 do
    x = (x * 1103515245 + 12345) % 2147483648
  end
  return x
end
print(lcg(42), lcg(7))
