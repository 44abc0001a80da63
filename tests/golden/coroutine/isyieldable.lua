-- coroutine.isyieldable in the main thread and inside coroutines
print("main:", coroutine.isyieldable())
local co = coroutine.create(function()
  print("inside:", coroutine.isyieldable())
  local function deeper() return coroutine.isyieldable() end
  print("nested call:", deeper())
  print("inside pcall:", select(2, pcall(coroutine.isyieldable)))
  -- inside a C-call boundary (table.sort comparator)
  local seen
  table.sort({ 2, 1 }, function(a, b) seen = coroutine.isyieldable() return a < b end)
  print("in sort comparator:", seen)
end)
coroutine.resume(co)
local w = coroutine.wrap(function() return coroutine.isyieldable() end)
print("wrap:", w())
-- 5.4: isyieldable accepts a coroutine argument
local other = coroutine.create(function() end)
print("of suspended:", coroutine.isyieldable(other))
print("main after:", coroutine.isyieldable())
