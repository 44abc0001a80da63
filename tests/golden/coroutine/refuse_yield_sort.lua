-- table.sort calls its comparator from C: yielding there is refused
local co = coroutine.create(function()
  local t = { 3, 1, 2 }
  table.sort(t, function(a, b)
    coroutine.yield("comparing")
    return a < b
  end)
  return "sorted"
end)
print(coroutine.resume(co))
print(coroutine.status(co))
-- inside pcall within the coroutine the error is catchable
local co2 = coroutine.create(function()
  local ok, err = pcall(table.sort, { 2, 1 }, function(a, b)
    coroutine.yield() return a < b
  end)
  print("pcall:", ok, err)
  coroutine.yield("yield still works here")
  return "end"
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2))
