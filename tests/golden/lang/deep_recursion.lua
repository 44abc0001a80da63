-- non-tail recursion 15000 levels deep must work
local function sum(n)
  if n == 0 then return 0 end
  return n + sum(n - 1)
end
print("sum 15000", sum(15000))

local function depth(n)
  if n == 0 then return 0 end
  local d = depth(n - 1)
  return d + 1
end
print("depth 15000", depth(15000))

-- recursion through pcall
local function viapcall(n)
  if n == 0 then return "bottom" end
  local ok, v = pcall(viapcall, n - 1)
  return v
end
print("pcall 150", viapcall(150))

-- building a linked list recursively
local function build(n)
  if n == 0 then return nil end
  return { v = n, next = build(n - 1) }
end
local list = build(10000)
local len, node = 0, list
while node do len = len + 1; node = node.next end
print("list length", len)

-- recursive fibonacci
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print("fib 20", fib(20))

-- ackermann small
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print("ack(2,3)", ack(2, 3))
