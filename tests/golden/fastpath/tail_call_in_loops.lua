-- issue 10 #4: a function's tail call to itself restarts the whole function, from
-- any loop depth (while, repeat, numeric for, nested), with fewer or more arguments
local function f(n) for i = 1, 3 do if n == 0 and i == 2 then return f(1) end if n == 1 then return i end end end
print(f(0))

function gtc2(n)
  for i = 0, 0 do
    if n > 0 and i == 0 then return gtc2(n - 1) end
    if n == 0 then return s, i end
  end
end
print(gtc2(1))

local function tc(n, acc)
  acc = acc or 0
  if n <= 0 then return acc end
  while true do
    if n % 2 == 0 then return tc(n - 1, acc + n) end
    n = n - 1
    acc = acc + 1
    if n < 0 then break end
  end
  return tc(n - 1, acc)
end
print(tc(5))
print(tc(100000))

local function nested(n, depth)
  depth = depth or 0
  for i = 1, 2 do
    local j = 0
    repeat
      j = j + 1
      while j < 3 do
        if n > 0 then return nested(n - 1, depth + 1) end
        j = j + 1
      end
    until j >= 3
    if i == 2 then return depth, i, j end
  end
  return "not reached"
end
print(nested(3))
print(nested(50000))

-- a loop after the one the tail call left still runs normally
local function after(n, log)
  log = log or {}
  for i = 1, 2 do
    if n > 0 and i == 2 then return after(n - 1, log) end
    log[#log + 1] = n .. ":" .. i
  end
  local k = 0
  while k < 2 do k = k + 1; log[#log + 1] = "w" .. k end
  return table.concat(log, " ")
end
print(after(2))

-- fewer and extra arguments, evaluated before the restart
local function args(a, b, c)
  for _ = 1, 1 do
    if a > 0 then return args(a - 1, print("extra " .. a)) end
  end
  return a, b, c
end
print(args(2, "b", "c"))

-- a global function, then replaced: the call is no longer to itself
function countdown(n)
  while true do
    if n == 0 then return "done" end
    return countdown(n - 1)
  end
end
print(countdown(5))
local original = countdown
countdown = function(n) return "replaced " .. n end
print(original(3))

-- the integer clone restarts too (n is an integer, then a float)
local function mixed(n, steps)
  steps = steps or 0
  for _ = 1, 2 do
    if n > 10 then return mixed(n / 2, steps + 1) end
  end
  return n, steps, math.type(n)
end
print(mixed(100))
print(mixed(7))

-- inside a generic for (its closing value is a to-be-closed variable) and in the
-- scope of a <close> variable lua5.4 makes no tail call: error levels see the caller
local function lvl(n)
  for _ in pairs({1}) do
    if n > 0 then return lvl(n - 1) end
    error("level 2", 2)
  end
end
print(pcall(lvl, 1))
local function lvl2(n)
  if n > 0 then return lvl2(n - 1) end
  error("level 2", 2)
end
print(pcall(lvl2, 1))
local function closing(n, log)
  local c <close> = setmetatable({}, {__close = function() log[#log + 1] = "close " .. n end})
  if n > 0 then return closing(n - 1, log) end
  log[#log + 1] = "body " .. n
  return log
end
print(table.concat(closing(2, {}), ", "))
