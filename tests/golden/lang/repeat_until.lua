local i = 0
repeat i = i + 1 until i >= 3
print("i", i)

-- the body runs at least once
local ran = 0
repeat ran = ran + 1 until true
print("ran", ran)

-- until sees locals declared in the body
local n = 0
repeat
  local done = n >= 2
  n = n + 1
until done
print("n", n)

-- a closure in the body captures the body local; until sees it too
local fs = {}
local k = 0
repeat
  k = k + 1
  local captured = k * 10
  fs[#fs + 1] = function() return captured end
until captured >= 30
print("captured", fs[1](), fs[2](), fs[3]())

-- break in repeat
local m = 0
repeat
  m = m + 1
  if m == 4 then break end
until false
print("m", m)

-- nested repeat
local out = {}
local a = 0
repeat
  a = a + 1
  local b = 0
  repeat
    b = b + 1
    out[#out + 1] = a * b
  until b == a
until a == 3
print(table.concat(out, ","))
