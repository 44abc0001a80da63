local A = { a = "from A" }
local B = setmetatable({ b = "from B" }, { __index = A })
local C = setmetatable({ c = "from C" }, { __index = B })
local D = setmetatable({}, { __index = C })
print(D.a, D.b, D.c, D.d)
-- mixing function and table __index in the chain
local F = setmetatable({}, { __index = function(_, k) return "fn:" .. k end })
local G = setmetatable({}, { __index = F })
local H = setmetatable({ h = "own" }, { __index = G })
print(H.h, H.zzz)
-- a long chain
local base = { deep = "bottom" }
local cur = base
for i = 1, 50 do cur = setmetatable({}, { __index = cur }) end
print("50 levels", cur.deep)
-- rawget at each level
print(rawget(D, "a"), rawget(C, "c"), rawget(A, "a"))
-- __index on a non-table value via metatable
local mt = { __index = function(t, k) return k .. "!" end }
local proxy = setmetatable({}, mt)
print(proxy.hey)
