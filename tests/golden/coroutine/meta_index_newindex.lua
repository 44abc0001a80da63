-- yield from __index and __newindex functions
local log = {}
local proxy = setmetatable({}, {
  __index = function(t, k)
    local v = coroutine.yield("index " .. k)
    return v
  end,
  __newindex = function(t, k, v)
    local ok = coroutine.yield("newindex " .. k .. "=" .. tostring(v))
    if ok then rawset(t, k, v) end
  end,
})
local co = coroutine.create(function()
  local a = proxy.alpha
  print("alpha is", a)
  proxy.beta = 2
  print("beta is", rawget(proxy, "beta"))
  proxy.gamma = 3
  print("gamma is", rawget(proxy, "gamma"))
  return "done"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "A-value"))
print(coroutine.resume(co, true))
print(coroutine.resume(co, false))
