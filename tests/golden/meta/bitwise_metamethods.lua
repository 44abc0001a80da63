local B = {}
local function bits(v) return setmetatable({ v = v }, B) end
local function val(x) return type(x) == "table" and x.v or x end
B.__band = function(a, b) return bits(val(a) & val(b)) end
B.__bor = function(a, b) return bits(val(a) | val(b)) end
B.__bxor = function(a, b) return bits(val(a) ~ val(b)) end
B.__shl = function(a, b) return bits(val(a) << val(b)) end
B.__shr = function(a, b) return bits(val(a) >> val(b)) end
B.__bnot = function(a) return bits(~val(a)) end
local x, y = bits(12), bits(10)
print("&", (x & y).v, "|", (x | y).v, "~", (x ~ y).v)
print("<<", (x << 2).v, ">>", (x >> 2).v, "~x", (~x).v)
print("mixed", (5 & x).v, (x | 1).v, (1 << x).v)
-- bnot receives the operand twice (second is a copy); count args
local args
local C = setmetatable({}, { __bnot = function(...) args = select('#', ...) return "bnot" end,
  __unm = function(...) return "unm" end })
print(~C, -C)
print("bnot arg count", args)
-- float operand that can't be converted uses metamethod
local D = setmetatable({}, { __bor = function(a, b) return "D handled" end })
print(1.5 | D, D | "str")
-- string operand with no metamethod gives an error
print(pcall(function() return "3" | {} end))
