-- fib: recursive function calls (call overhead, integer compare/add).
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

for n = 27, 33 do
  print(string.format("fib(%d) = %d", n, fib(n)))
end
