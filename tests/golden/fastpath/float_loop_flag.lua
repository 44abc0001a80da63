-- Float loops (transpiler/codegen/floatloops.py): a loop whose untyped locals feed float
-- arithmetic runs float versions of its statements while a flag says they all hold
-- floats.  Each case below makes one of those locals stop being a float part-way
-- (an integer, 2^63 wrap, a numeric string, nil, a table with metamethods, NaN) and
-- checks that everything after is computed as lua5.4 computes it.

local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  print(table.concat(t, " "))
end

-- locals read from fields: floats, then an integer, then floats again
local function advance(bodies, dt)
  local e = 0.0
  for i = 1, #bodies do
    local b = bodies[i]
    local x, v = b.x, b.v
    local d = x * v / 2
    e = e + d * dt
    if d > 1.0 and x <= v then e = e - 0.125 end
    local h = x
    while h > 0.3 do h = h / 2 end
    repeat h = h * 1.5 until h >= v or h > 100
    b.x = x + dt * v
    show(i, math.type(x), math.type(v), d, e, b.x, h)
  end
  return e
end
show(advance({{x = 1.5, v = 2.0}, {x = 3, v = 4}, {x = 0.25, v = -8.0}}, 0.5))
show(advance({{x = 1.5, v = 2.0}}, 1))        -- dt an integer: no flag from the start
show(advance({{x = 2, v = 3}, {x = 1.5, v = 2.0}}, 0.5))

-- integers near 2^63: wrap, and integer division and modulo once the flag is down
local function ring(t)
  local acc = 1.0
  for i = 1, #t do
    local a = t[i]
    local s = a + 1
    local p = a * 2
    acc = acc * 0.5 + s / 4
    show(i, s, p, math.type(s), acc, a // 3, a % 7)
  end
end
ring({0.5, math.maxinteger, -1.25, math.mininteger, 3})

-- numeric strings, nil caught by pcall, and tables with metamethods
local V = {}
V.__index = V
V.__add = function(a, b) return "add(" .. tostring(a) .. "," .. tostring(b) .. ")" end
V.__sub = function(a, b) return "sub" end
V.__mul = function(a, b) return 7.5 end
V.__lt = function(a, b) return true end
V.__tostring = function() return "V" end
local function mix(vals)
  for i = 1, #vals do
    local ok, r = pcall(function() return vals[i] end)
    local a = vals[i]
    local b = 1.5
    local c = a * b
    local d = b - a
    local lt = type(a) ~= "string" and a < b
    show(i, ok, c, d, lt, c + 1.0)
  end
end
mix({2.5, "10", "0x10", setmetatable({}, V), 4})
for _, bad in ipairs({{}, {nil}, {"x"}}) do
  local ok, err = pcall(function()
    local s = 0.5
    for i = 1, 2 do
      local a = bad[1]
      s = s + a * 2.0
    end
    return s
  end)
  show(ok, err)
end

-- NaN, infinities, signed zeros and comparisons of floats under the flag
local function ieee(t)
  local out = {}
  for i = 1, #t do
    local a = t[i]
    local z = a * 0.0
    local n = -a
    local q = a / 0.0
    out[#out + 1] = string.format("%s %s %s %s %s %s", z, n, q, a == a, a < 1.0, a >= -1.0)
    out[#out + 1] = tostring(a // 1.0) .. " " .. tostring(a % 2.0) .. " " .. tostring(a ^ 2.0)
  end
  print(table.concat(out, " | "))
end
ieee({0.0, -0.0, 1 / 0, -1 / 0, 0 / 0, 2.5, -3.75, 3})

-- a local declared outside changed to an int mid-loop, swaps, multiple results
local function swaps(n)
  local a, b = 0.5, 1.5
  local function two() return 2.25, 3 end
  for i = 1, n do
    a, b = b, a
    local c = a + b
    if i == 2 then a = 7 end
    local d, e = two()
    c = c * d + e
    show(i, a, b, c, math.type(a), math.type(e))
  end
  return a, b
end
show(swaps(4))

-- while and repeat loops, a break, and a loop in the main chunk
local x, y = 0.1, 0.2
local steps = 0
while x < 1.0 do
  x = x + y * 0.5
  y = y * 1.5
  steps = steps + 1
  if steps > 50 then break end
end
show(steps, x, y)
local r = 1.0
repeat
  local h = r / 3
  r = r - h
until r < 0.05
show(r)
local t = {0.5, 1.5, 2}
local sum = 0.0
for i = 1, #t do
  local v = t[i]
  sum = sum + v * v
end
show(sum, math.type(sum))

-- overflow of an integer local the float test left to the general code
local big = {math.maxinteger, 1.0}
for i = 1, 2 do
  local k = big[i]
  local w = k + k
  show(w, math.type(w), k * 1.0)
end

-- `function x() end` stores into a local of the loop (a function value, then an error
-- naming the local)
local function fstore(t)
  local x = t.v
  for i = 1, 3 do
    local y = x * 2.0
    show(i, y)
    if i == 2 then function x() return 1 end end
  end
end
show(pcall(fstore, {v = 1.5}))
