-- gotos that leave loops and labelled blocks for a label further out, more
-- than once (the dispatcher must not take a later normal exit for a jump)
local k = 0
::outer::
k = k + 1
for i = 1, 1 do
  if k < 3 then goto outer end
end
print("loop", k)

local m = 0
::top::
m = m + 1
do
  ::inner::
  if m < 2 then goto top end
end
print("block", m)

local trace = {}
local n = 0
::a::
n = n + 1
while true do
  for j = 1, 2 do
    do
      ::deep::
      trace[#trace + 1] = n .. ":" .. j
      if n < 3 and j == 2 then goto a end
    end
  end
  break
end
print(table.concat(trace, " "))

local function f()
  local c = 0
  ::again::
  c = c + 1
  repeat
    local x = c
    if x < 4 then goto again end
  until true
  return c
end
print("f", f())
