-- thousands of live coroutines at once
local cos = {}
for i = 1, 10000 do
  cos[i] = coroutine.create(function(x)
    local y = coroutine.yield(x * 2)
    return x + y
  end)
end
local s1 = 0
for i = 1, #cos do
  local _, v = coroutine.resume(cos[i], i)
  s1 = s1 + v
end
print("after first resume:", s1, coroutine.status(cos[1]))
local s2 = 0
for i = 1, #cos do
  local _, v = coroutine.resume(cos[i], 1)
  s2 = s2 + v
end
print("after second:", s2, coroutine.status(cos[10000]))
local dead = 0
for i = 1, #cos do if coroutine.status(cos[i]) == "dead" then dead = dead + 1 end end
print("dead:", dead)
