local Stack = {}
Stack.__index = Stack
function Stack.new() return setmetatable({ n = 0 }, Stack) end
function Stack:push(v) self.n = self.n + 1; self[self.n] = v end
function Stack:pop()
  if self.n == 0 then return nil end
  local v = self[self.n]
  self[self.n] = nil
  self.n = self.n - 1
  return v
end
local s = Stack.new()
for i = 1, 5 do s:push(i * i) end
print("pop", s:pop(), s:pop(), s.n)

local Queue = {}
Queue.__index = Queue
function Queue.new() return setmetatable({ first = 1, last = 0 }, Queue) end
function Queue:push(v) self.last = self.last + 1; self[self.last] = v end
function Queue:pop()
  if self.first > self.last then return nil end
  local v = self[self.first]
  self[self.first] = nil
  self.first = self.first + 1
  return v
end
function Queue:size() return self.last - self.first + 1 end
local q = Queue.new()
for _, w in ipairs({ "a", "b", "c" }) do q:push(w) end
print("queue", q:pop(), q:size(), q:pop(), q:pop(), q:pop(), q:size())

-- breadth-first search on a small graph
local graph = { a = { "b", "c" }, b = { "d" }, c = { "d", "e" }, d = { "f" }, e = { "f" }, f = {} }
local function bfs(start)
  local order, seen, qq = {}, { [start] = true }, Queue.new()
  qq:push(start)
  while qq:size() > 0 do
    local node = qq:pop()
    order[#order + 1] = node
    for _, nb in ipairs(graph[node]) do
      if not seen[nb] then seen[nb] = true; qq:push(nb) end
    end
  end
  return table.concat(order, " ")
end
print("bfs", bfs("a"))
