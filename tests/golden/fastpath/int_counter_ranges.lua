-- Range facts of numeric-for variables (scope.for_bounds, arith.int_range): a variable
-- of a loop with constant integer start and step lies between start and the limit, so
-- `i - 1` from 1 cannot overflow and is not tested; near the 64-bit bounds, with
-- negative steps, reassigned variables and closures the tests stay where needed.
local out = {}
local function put(...) local t = table.pack(...) for k = 1, t.n do t[k] = tostring(t[k]) end out[#out + 1] = table.concat(t, " ") end
for i = 1, 3 do put(i - 1, i + 1, i * 2, -i, 1 - i, i * i - i, (i - 1) * (i + 1)) end
for i = 9223372036854775805, 9223372036854775807 do
  put(i + 1, i - 1, i * 2, -i, 0 - i, i + i, i - 9223372036854775807, (i + 1) // 2)
end
for i = -9223372036854775807, -9223372036854775805 do
  put(i - 1, i - 2, i + 1, -i, i * 2, i * -1, 2 - i, (i - 2) % 10)
end
for i = 10, 1, -3 do put(i - 11, i + 9223372036854775800, i * 922337203685477580, 11 - i) end
for i = -3, -9223372036854775807, -4611686018427387903 do put(i - 1, i * 2, -i, i + 3) end
for i = 9223372036854775806, 9223372036854775807, 1 do put(i + 1 > 0, i - 1 < i, i * 0) end
for i = 0, 9223372036854775807, 4611686018427387904 do put(i + i, i * 2 + 1, i - 1) end
-- nested loops: a start made of another loop's variable (when the sum cannot wrap)
for i = 9223372036854775804, 9223372036854775806 do
  for j = i + 1, 9223372036854775807 do put(j + 1, j - i, i - j, j - 1) end
end
for i = 1, 3 do for j = i - 1, i + 1 do put(j - 1, j * i, j + i, -j) end end
for i = 9223372036854775806, 9223372036854775807 do
  for j = i + 1, i + 1 do put(j - 1, j + 1, j * 2) end   -- i + 1 wraps at the top
end
for i = -9223372036854775807, -9223372036854775806 do
  for j = i - 1, i - 1, -1 do put(j - 1, j + 1, -j) end  -- i - 1 reaches minint
end
for i = 3, 1, -1 do for j = i, 0, -1 do put(j - 1, i - j, j - 9223372036854775807) end end
-- locals declared from a known range and never assigned again
for i = 9223372036854775805, 9223372036854775807 do
  local k = i - 9223372036854775800
  local m = k * 3
  local big = 9223372036854775807
  put(k + 1, m - 1, m * m, big + 1, big - k, i + k, -m)
end
for i = -3, 3 do
  local k = i * 3074457345618258602
  local w = 4611686018427387904
  put(k + 1, k * 2, k - w, w + w, w * i)
end
local c1 = 1
local c2 = 9223372036854775807
local function add1(x) return x + c1, c2 + c1, c2 - c1 end
put(add1(5))
put(add1(9223372036854775807))
local r = 5
r = 9223372036854775807
put(r + 1)
local q = 1
local setq = function() q = 9223372036854775807 end
setq()
put(q + 1)
local function two() return 9223372036854775807, 2 end
local t1, t2 = two()
put(t1 + 1, t2 + 1)
-- hexadecimal constants wrap around (0xFFFFFFFFFFFFFFFF is -1)
for i = 0xFFFFFFFFFFFFFFFF, 1 do put(i - 1, i + 1, i * 2) end
local h = 0x8000000000000000
put(h - 1, h + 1, -h)
for i = 0x7FFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF do put(i + 1) end
-- the length of a string is in [0, maxinteger]: #s - 1 needs no test
local s = "hello"
local e = ""
put(#s - 1, #e - 1, #s + 1, -#s, #s * 2 - 10, #e - 9223372036854775807, #s - 9223372036854775807 - 6)
for i = 1, #s - 1 do put(s:sub(i, i), #s - i, i - #s) end
-- a variable the body reassigns, or a closure writes, has no range
for i = 1, 3 do
  i = i * 4611686018427387904
  put(i + 1, i - 1, i * 2)
end
for i = 1, 2 do
  local set = function(v) i = v end
  set(9223372036854775807)
  put(i + 1, i - 1)
end
-- a closure reading the variable sees its value, unchanged
local fs = {}
for i = 9223372036854775806, 9223372036854775807 do fs[#fs + 1] = function() return i + 1, i - 1 end end
for _, f in ipairs(fs) do put(f()) end
-- float and mixed loops: the variable is not an integer
for i = 1, 2.5 do put(i - 1, math.type(i - 1)) end
for i = 1.0, 3 do put(i - 1, i * 9223372036854775807) end
for i = 1, 3, 1.5 do put(i - 1, i * 2) end
-- a counter in a clone of a function and in a table index
local function g(n, t)
  local s = 0
  for i = 1, n do s = s + (i - 1) * (i + 1); t[i - 1] = i * n end
  return s, t[0], t[n - 1]
end
put(g(5, {}))
put(g(5.0, {}))
for i = 1, #out do print(out[i]) end
