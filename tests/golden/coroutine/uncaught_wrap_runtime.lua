-- a runtime error deep inside nested wraps reaches the top level
local function level3(t) return t.missing.field end
local inner = coroutine.wrap(function()
  coroutine.yield(1)
  return level3({})
end)
local outer = coroutine.wrap(function()
  print("inner says", inner())
  return inner()
end)
outer()
print("not reached")
