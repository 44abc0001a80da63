-- errors inside a wrapped coroutine propagate to the caller, with position
local w = coroutine.wrap(function()
  coroutine.yield(1)
  error("wrapped failure")
end)
print(pcall(w))
print(pcall(w))
-- runtime error in a wrapped coroutine
local w2 = coroutine.wrap(function()
  local t = nil
  return t.field
end)
print(pcall(w2))
-- error value that is a table passes through unchanged
local obj = { tag = "E" }
local w3 = coroutine.wrap(function() error(obj) end)
local ok, e = pcall(w3)
print(ok, e == obj, e.tag)
-- error with level 0
local w4 = coroutine.wrap(function() error("no position", 0) end)
print(pcall(w4))
