print(next({}))
print(next({ "only" }))
print(next({ "a", "b" }, 1))
print(next({ "a", "b" }, 2))
print(next({}, nil))
print(pcall(next, {}, "nokey"))
print(pcall(next))
-- counting with next
local t = { 1, 2, 3, x = 1, y = 2 }
local n, k = 0, nil
repeat
  k = next(t, k)
  if k ~= nil then n = n + 1 end
until k == nil
print("count", n)
-- empty check idiom
local function empty(tbl) return next(tbl) == nil end
print(empty({}), empty({ 1 }), empty({ a = false }))
-- clearing fields during traversal is allowed
local c = { a = 1, b = 2, c = 3 }
for key in pairs(c) do c[key] = nil end
print("cleared", next(c))
