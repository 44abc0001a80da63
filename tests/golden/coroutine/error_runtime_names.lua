-- runtime errors inside coroutines name the variable involved
local co = coroutine.create(function()
  local cfg = nil
  return cfg.name
end)
print(coroutine.resume(co))
co = coroutine.create(function()
  return undefined_global.field
end)
print(coroutine.resume(co))
co = coroutine.create(function()
  local t = {}
  return t.a.b
end)
print(coroutine.resume(co))
co = coroutine.create(function(up)
  return function() return up.x end
end)
local _, f = coroutine.resume(co, nil)
local co2 = coroutine.create(f)
print(coroutine.resume(co2))
co = coroutine.create(function()
  local s = "abc"
  return s + 1
end)
print(coroutine.resume(co))
co = coroutine.create(function()
  missing_function()
end)
print(coroutine.resume(co))
co = coroutine.create(function()
  local obj = {}
  obj:method()
end)
print(coroutine.resume(co))
co = coroutine.create(function()
  local a, b = 1, {}
  return a < b
end)
print(coroutine.resume(co))
co = coroutine.create(function()
  return #nil_value
end)
print(coroutine.resume(co))
