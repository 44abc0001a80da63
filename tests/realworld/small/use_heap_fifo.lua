-- requires: lua-binaryheap lua-fifo
-- binaryheap and fifo (shipped for Lua 5.1-5.3 only)
package.path = package.path .. ";/usr/share/lua/5.3/?.lua;/usr/share/lua/5.2/?.lua"
local binaryheap = require "binaryheap"
local h = binaryheap.minUnique()
for i, v in ipairs {5, 3, 8, 1, 9, 2} do h:insert(v, "p" .. v) end
print(h:size(), h:peek(), h:peekValue())
local out = {}
while h:size() > 0 do local payload, value = h:pop() out[#out + 1] = payload .. ":" .. value end
print(table.concat(out, " "))
local mx = binaryheap.maxUnique()
mx:insert(1, "a") mx:insert(10, "b") mx:insert(5, "c")
print(mx:peek(), mx:remove("b"), mx:peek(), mx:valueByPayload("c"))
mx:update("a", 100) print(mx:peek())
local plain = binaryheap.minHeap()
for _, v in ipairs {4, 4, 2, 7} do plain:insert(v) end
local vals = {}
while plain:peek() do vals[#vals + 1] = plain:pop() end
print(table.concat(vals, ","))
local custom = binaryheap.minHeap(function(a, b) return #a < #b end)
custom:insert("ccc") custom:insert("a") custom:insert("bb")
print(custom:pop(), custom:pop(), custom:pop(), custom:pop())
print(pcall(mx.insert, mx, 2, "c"))

local fifo_new = require "fifo"  -- the module is its constructor
local q = fifo_new(1, 2, 3)
q:push("x")
print(q:length(), q:peek(1), q:peek(4), q:pop(), q:pop(), q:length())
q:insert(1, "front") q:insert(q:length() + 1, "back")
local items = {}
while q:length() > 0 do items[#items + 1] = tostring(q:pop()) end
print(table.concat(items, ","))
print(pcall(q.pop, q))
q:setempty(function() return "was empty" end)
print(q:pop())
local q2 = fifo_new() q2:push(1) q2:push(2) print(q2:remove(1), q2:length())
