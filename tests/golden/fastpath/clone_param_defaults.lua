-- issue 10 #3: a function's guarded integer clone (its arithmetic parameters are
-- integers) may assume only what holds on every path: the other parameters hold
-- whatever the caller passed, nil included, defaulted or reassigned later
local function f(x, s) if not s then s = "default" end return x + 1, s end
print(f(1))
print(f(1, "given"))
print(f(1.5))

local function g(a, p)
  if a > 3 then a = a / 2 end
  if not p then p = 0 end
  print(p .. "|", type(p), p == nil)
  return a + 1, p
end
print(g(100))
print(g(2, 5))

local function h(a, s)
  if a > 3 then a = a / 2 end
  if not s then s = "dflt" end
  return s .. "|"
end
print(pcall(h, 7, 1e15))
print(pcall(h, 7))
print(pcall(h, 7, {}))

-- a step defaulted in one branch: the other branch keeps the caller's value
local function range(n, b, c)
  b = b or n
  if c then b = b + 0.5 else c = 1 end
  local out = {}
  for i = 1, b, c do out[#out + 1] = i end
  return table.concat(out, ",")
end
print(range(2))
print(range(3, 5, 2))
print(range(2, 4, 0.5))

-- `x = x or default`, reassigned to another type, and upvalues written by closures
local function k(n, m, label)
  m = m or 10
  label = label or n * 2
  local sum = n + m
  if sum > 12 then label = "big" end
  return sum, label, math.type(label)
end
print(k(1))
print(k(5))
print(k(1, 2.5))
print(k(1, nil, "text"))

local shared = 1
local function bump() shared = "changed" end
local function w(n)
  local r = n + 1
  bump()
  return r, shared
end
print(w(1))

-- a parameter that is assigned but never read as a number in the clone
local function z(n, flag)
  local acc = n * 2
  if flag == nil then flag = false end
  if flag then acc = acc .. "!" end
  return acc, flag
end
print(z(3))
print(z(3, true))
print(z(3.5, 1))
