-- tostring is a C function: yielding inside __tostring crosses a C-call boundary
local obj = setmetatable({}, { __tostring = function()
  coroutine.yield("from __tostring")
  return "never"
end })
local co = coroutine.create(function()
  return tostring(obj)
end)
print(coroutine.resume(co))
print(coroutine.status(co))
-- print also calls __tostring through C
local co2 = coroutine.create(function() print(obj) end)
print(coroutine.resume(co2))
-- calling the metamethod directly from Lua is fine
local co3 = coroutine.create(function()
  return getmetatable(obj).__tostring(obj)
end)
print(coroutine.resume(co3))
print(coroutine.resume(co3))
