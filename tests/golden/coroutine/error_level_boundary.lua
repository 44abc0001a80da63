local function f(l) error("x", l) end
for l = 1, 4 do
  local co = coroutine.create(function() f(l) end)
  print(l, coroutine.resume(co))
  local co2 = coroutine.create(function() error("y", l) end)
  print(l, coroutine.resume(co2))
end
local w = coroutine.wrap(function() local function g() error("z", 3) end g() end)
print(pcall(w))
