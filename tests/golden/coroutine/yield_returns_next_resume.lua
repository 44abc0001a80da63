-- the values given to resume become the results of the pending yield
local co = coroutine.create(function()
  local log = {}
  for i = 1, 4 do
    local a, b = coroutine.yield(i)
    log[#log + 1] = tostring(a) .. "/" .. tostring(b)
  end
  return table.concat(log, " ")
end)
print(coroutine.resume(co, "ignored: the body takes no parameters"))
print(coroutine.resume(co, 1))
print(coroutine.resume(co, 2, 3))
print(coroutine.resume(co))
print(coroutine.resume(co, nil, "x"))
-- an accumulator
local acc = coroutine.wrap(function(start)
  local total = start
  while true do total = total + (coroutine.yield(total) or 0) end
end)
print(acc(100), acc(5), acc(), acc(-50))
