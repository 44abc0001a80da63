local function res(n) return setmetatable({}, { __close = function() print("close", n) end }) end
local i = 0
::again::
do
  i = i + 1
  local r <close> = res(i)
  if i < 3 then goto again end
  print("leaving at", i)
end
-- goto backwards within the same block closes the variable each time
local j = 0
do
  ::top::
  local r <close> = res("j" .. j)
  j = j + 1
  if j < 2 then goto top end
end
print("done")
