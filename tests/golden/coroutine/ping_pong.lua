-- two coroutines alternating, driven by main; messages carry a counter
local ping, pong
ping = coroutine.create(function(n)
  while n < 6 do
    print("ping", n)
    n = coroutine.yield(n + 1)
  end
  return "ping stops at " .. n
end)
pong = coroutine.create(function(n)
  while n < 6 do
    print("pong", n)
    n = coroutine.yield(n + 1)
  end
  return "pong stops at " .. n
end)
local n, cur, other = 0, ping, pong
while true do
  local ok, v = coroutine.resume(cur, n)
  if coroutine.status(cur) == "dead" then print(v) break end
  n = v
  cur, other = other, cur
end
print("ping:", coroutine.status(ping), "pong:", coroutine.status(pong))
