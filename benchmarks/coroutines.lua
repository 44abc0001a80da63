-- coroutines: a producer/filter/consumer pipeline with coroutine.create,
-- resume and yield, and a recursive inorder generator (coroutine.wrap)
-- yielding from the depth of a binary-tree walk.

-- Part 1: pipeline.  producer -> map -> filter -> consumer
local N = 400000

local function producer(n, x)
  return coroutine.create(function()
    for i = 1, n do
      x = (x * 1103515245 + 12345) % 2147483648
      coroutine.yield(x % 100000)
    end
    return nil
  end)
end

local function mapper(src)
  return coroutine.create(function()
    while true do
      local ok, v = coroutine.resume(src)
      if v == nil then return nil end
      coroutine.yield((v * v + 7) % 1000003)
    end
  end)
end

local function filter(src)
  return coroutine.create(function()
    while true do
      local ok, v = coroutine.resume(src)
      if v == nil then return nil end
      if v % 3 ~= 0 then coroutine.yield(v) end
    end
  end)
end

local function consumer(src)
  local sum, count, maxv = 0, 0, 0
  while true do
    local ok, v = coroutine.resume(src)
    if v == nil then break end
    sum = sum + v
    count = count + 1
    if v > maxv then maxv = v end
  end
  return sum, count, maxv
end

for round = 1, 2 do
  local sum, count, maxv = consumer(filter(mapper(producer(N, 12345 * round))))
  print(string.format("pipeline %d: count=%d sum=%d max=%d", round, count, sum, maxv))
end

-- Part 2: recursive inorder walk of a complete binary tree
local seed = 42
local function build(depth)
  seed = (seed * 1103515245 + 12345) % 2147483648
  local node = {value = seed % 1000}
  if depth > 1 then
    node.left = build(depth - 1)
    node.right = build(depth - 1)
  end
  return node
end

local function walk(node)
  if node then
    walk(node.left)
    coroutine.yield(node.value)
    walk(node.right)
  end
end

local function inorder(tree)
  return coroutine.wrap(function() walk(tree) end)
end

local DEPTH = 18
local tree = build(DEPTH)
for round = 1, 2 do
  local sum, count, weighted = 0, 0, 0
  local mult = 29 + 2 * round
  for v in inorder(tree) do
    count = count + 1
    sum = sum + v
    weighted = (weighted * mult + v) % 1000000007
  end
  print(string.format("tree %d: depth=%d nodes=%d sum=%d hash=%d", round, DEPTH, count, sum, weighted))
end
