-- A function's tail call to itself rebinds the parameters and loops.
local function sum(n, acc)
  if n == 0 then return acc end
  return sum(n - 1, acc + n)
end
print(sum(100000, 0))

function count(n)
  if n <= 0 then return "done" end
  return count(n - 1)
end
print(count(50000))
