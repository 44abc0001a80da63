-- float keys with integral values outside the 64-bit integer range stay floats
local function keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks, function(a, b) return a < b end)
  local out = {}
  for i, k in ipairs(ks) do out[i] = string.format("%s:%s", math.type(k), tostring(k)) end
  return table.concat(out, " ")
end

local t = {}
t[1e100] = 1
for k in pairs(t) do print(k, math.type(k)) end
print(t[1e100], t[1e100 + 0.0])

-- every store path
local big, nbig = 2^63, -2^63   -- -2^63 is the minimum integer: it becomes an integer key
local u = {}
u[big] = "a"; u[nbig] = "b"; u[2^53] = "c"; u[1e300] = "d"; u[-1e300] = "e"; u[3.0] = "f"
print(keys(u))
local k1 = 2^64
local v = {}
v[k1] = "dyn"
rawset(v, 1e20, "rawset")
rawset(v, 2.0, "two")
print(keys(v), rawget(v, 1e20), rawget(v, 2))
local c = {[1e100] = "ctor", [2^63] = "x", [4.0] = "four", nil, [-2^63] = "min"}
print(keys(c))
local c2 = {1, 2, [1e100] = 3, [5.0] = 5}
print(keys(c2))
-- next / pairs continue from a huge float key
local n = {}
n[1e100] = true; n[2e100] = true; n.x = true
local cnt = 0
local k = next(n)
while k ~= nil do cnt = cnt + 1; k = next(n, k) end
print(cnt)
-- ipairs stops at the integer keys
local ip = {1, 2, [3.0] = 3, [2^63] = 4}
for i, x in ipairs(ip) do io.write(i, "=", x, " ") end
print()
-- table library
local tl = {10, 20}
tl[1e100] = "f"
table.insert(tl, 30)
print(#tl, table.concat(tl, ","), tl[1e100])
print(select("#", table.unpack(tl)))
-- the minimum integer as a float is an integer key
local m = {}
m[-2^63] = 1
print(math.type(next(m)), m[math.mininteger])
-- inside a coroutine
print(coroutine.wrap(function()
  local w = {}
  w[1e100] = 1
  w[2^63] = 2
  coroutine.yield(keys(w))
end)())
