-- string.gsub calls its replacement function from C
local co = coroutine.create(function()
  return (string.gsub("abc", "%w", function(c)
    coroutine.yield(c)
    return c:upper()
  end))
end)
print(coroutine.resume(co))
-- other C iterators: string.gmatch's iterator is fine to call, yield is in Lua
local co2 = coroutine.wrap(function()
  for w in string.gmatch("one two three", "%a+") do coroutine.yield(w) end
  return "end"
end)
print(co2(), co2(), co2(), co2())
-- a __index function reached through rawget-free lookup inside gsub's table
local lookup = setmetatable({}, { __index = function(_, k) coroutine.yield(k) return k end })
local co3 = coroutine.create(function() return string.gsub("xy", "%w", lookup) end)
print(coroutine.resume(co3))
