-- One-sided overflow checks (x + k, x - k with constants), the `and` form of the
-- small-range test, operand snapshots fused with class tests, o:m() without the
-- __call test when the method is callable, library cells holding non-callables.
local maxi, mini = math.maxinteger, math.mininteger

local function addk(x) return x + 1, x + 1073741824, x - 1, x - 1073741824, x + (-5), 7 + x, x - (-3) end
for _, v in ipairs({0, 1073741822, 1073741823, -1073741823, -1073741824, maxi, mini, maxi - 1, mini + 1, 2^40 // 1}) do
  print(v, addk(v))
end
-- typed integer loops around the bounds
local s = 0
for i = maxi - 3, maxi do s = s + 1; print(i + 1, i - 1, 1 + i) end
for i = mini, mini + 2 do print(i - 1, i + 1, i - 2) end
print(s, maxi + 1 == mini, mini - 1 == maxi)
-- floats and mixed operands through the same sites
for _, v in ipairs({1.5, -0.0, 1e308, 3}) do print(addk(v)) end
print(pcall(addk, "10"), pcall(addk, {}))

-- snapshots: a field read (may run __index) then class tests
local calls = 0
local obj = setmetatable({}, {__index = function(t, k) calls = calls + 1; return k == "f" and 2.5 or 3 end})
local a, b = 1.25, 4
print(a - obj.f, b - obj.i, obj.i * b, obj.f * a, a + obj.i, calls)

-- methods: callable, a table with __call, a non-callable, nil
local C = {}
C.__index = C
function C:m(x) return "m", x end
C.t = setmetatable({}, {__call = function(self, o, x) return "call", x end})
C.n = 42
local o = setmetatable({}, C)
print(o:m(1))
print(o:t(2))
print(pcall(function() return o:n(3) end))
print(pcall(function() return o:zz(4) end))
debug.setmetatable(0, {__call = function(self, o, x) return "number call", self, x end})
print(o:n(5))
debug.setmetatable(nil, {__call = function(self, o, x) return "nil call", x end})
print(o:zz(6))
debug.setmetatable(nil, nil)

-- library names replaced by non-callables, called through __call on numbers
print = print
local realprint = print
type = 7
realprint(pcall(function() return type(1) end))
math.floor = 2.5
realprint(pcall(function() return math.floor(1) end))
debug.setmetatable(0, {__call = function(self, x) return "called", self, x end})
realprint(type("x"), math.floor(9))
debug.setmetatable(0, nil)
realprint(pcall(function() return type(1) end))
