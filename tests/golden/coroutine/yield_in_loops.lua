-- yields inside every loop form keep the loop state
local co = coroutine.wrap(function()
  for i = 1, 3 do coroutine.yield("numeric " .. i) end
  for x = 0.5, 1.5, 0.5 do coroutine.yield("float " .. x) end
  local n = 0
  while n < 2 do n = n + 1 coroutine.yield("while " .. n) end
  repeat n = n - 1 coroutine.yield("repeat " .. n) until n == 0
  for k, v in pairs({ only = "one" }) do coroutine.yield("pairs " .. k .. "=" .. v) end
  local i = 0
  ::top::
  i = i + 1
  if i <= 2 then coroutine.yield("goto " .. i) goto top end
  for j = 3, 1, -1 do
    for k = 1, j do
      if k == 2 then break end
      coroutine.yield("nested " .. j .. "," .. k)
    end
  end
  return "end"
end)
while true do
  local v = co()
  print(v)
  if v == "end" then break end
end
