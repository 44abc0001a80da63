-- the generic for's 4th value is a to-be-closed variable (5.4)
local function gen(n)
  local co = coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
  local closing = setmetatable({}, { __close = function() print("loop state closed") end })
  return co, nil, nil, closing
end
for i in gen(5) do
  io.write(i, " ")
  if i == 3 then break end
end
print()
for i in gen(2) do io.write(i, " ") end
print()
-- inside a coroutine, the loop closes when the body yields out and the coroutine is closed
local co = coroutine.create(function()
  for i in gen(10) do coroutine.yield(i) end
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.close(co))
