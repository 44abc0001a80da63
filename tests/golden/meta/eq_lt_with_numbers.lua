local Num = {}
Num.__index = Num
local function N(v) return setmetatable({ v = v }, Num) end
local function val(x) return type(x) == "table" and x.v or x end
Num.__lt = function(a, b) return val(a) < val(b) end
Num.__le = function(a, b) return val(a) <= val(b) end
Num.__eq = function(a, b) return val(a) == val(b) end
print(N(1) < 2, 0 < N(1), N(3) <= 3, 3 >= N(3), N(5) > 4)
print(N(1) == 1, N(1) == N(1), N(1) ~= N(2))
local list = { N(5), N(2), N(9), N(1) }
table.sort(list)
local vs = {}
for i, n in ipairs(list) do vs[i] = n.v end
print(table.concat(vs, " "))
