-- error levels 1 and 2 inside coroutines blame the right line
local function check(x)
  if type(x) ~= "number" then error("need a number", 2) end
  return x
end
local co = coroutine.create(function()
  local v = check("str")     -- line 7 is blamed by level 2
  return v
end)
print(coroutine.resume(co))
local co1 = coroutine.create(function()
  error("level one")         -- line 12
end)
print(coroutine.resume(co1))
-- level 2 where the caller is the coroutine body called by resume (C)
local co2 = coroutine.create(function()
  error("level two from body", 2)
end)
print(coroutine.resume(co2))
-- level 2 after a yield
local co3 = coroutine.create(function()
  coroutine.yield()
  local v = check({})        -- line 23
end)
coroutine.resume(co3)
print(coroutine.resume(co3))
-- level 3
local function deep() error("level three", 3) end
local function mid() deep() end
local co4 = coroutine.wrap(function()
  mid()                      -- line 31
end)
print(pcall(co4))
