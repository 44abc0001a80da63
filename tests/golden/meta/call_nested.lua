-- __call whose metamethod is itself a callable table
local inner = setmetatable({}, { __call = function(self, a, b, c) return "inner", a == nil and "nil" or type(a), b, c end })
local outer = setmetatable({}, { __call = inner })
print(pcall(outer, "x"))
-- calling a table without __call
print(pcall(function() local t = {} t() end))
-- __call receiving extra args and returning callables
local adder = setmetatable({}, { __call = function(_, n) return setmetatable({ n = n }, { __call = function(s, m) return s.n + m end }) end })
print(adder(3)(4))
-- tail call to a callable
local function tc(f, ...) return f(...) end
print(tc(adder(10), 5))
-- __call in deeply nested expression
local t = { f = adder }
print(t.f(1)(2) + t["f"](3)(4))
