-- proper tail calls do not grow the stack
local function count(n)
  if n == 0 then return "done" end
  return count(n - 1)
end
print("count 1e6", count(1000000))

-- mutual tail recursion
local is_even, is_odd
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print("even 1000001", is_even(1000001))
print("odd 777777", is_odd(777777))

-- tail call with accumulator
local function sum(n, acc)
  if n == 0 then return acc end
  return sum(n - 1, acc + n)
end
print("sum 1e6", sum(1000000, 0))

-- tail call through a method
local obj = {}
function obj:loop(n) if n == 0 then return self end return self:loop(n - 1) end
print("method tail", obj:loop(500000) == obj)

-- tail call returning multiple values
local function mv(n) if n == 0 then return 1, 2, 3 end return mv(n - 1) end
print("multi", mv(300000))

-- tail call through varargs
local function va(n, ...) if n == 0 then return select('#', ...), ... end return va(n - 1, ...) end
print("varargs", va(200000, "a", nil, "c"))
