-- missing args are nil, extra args dropped
local function f(a, b, c) return a, b, c end
print(f(1))
print(f(1, 2, 3, 4))
-- returning nothing vs nil
local function nothing() end
local function retnil() return nil end
print(select('#', nothing()), select('#', retnil()))
-- functions as values
local ops = { add = function(a, b) return a + b end, mul = function(a, b) return a * b end }
print(ops.add(2, 3), ops["mul"](2, 3))
-- higher order
local function map(t, fn) local r = {} for i, v in ipairs(t) do r[i] = fn(v) end return r end
print(table.concat(map({ 1, 2, 3 }, function(x) return x * x end), ","))
local function compose(g, h) return function(...) return g(h(...)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
-- immediately invoked
print((function(x) return x * 10 end)(4))
-- function statements for globals and fields
function GLOBAL_FN() return "global fn" end
print(GLOBAL_FN())
-- parameter shadows upvalue
local x = "up"
local function shadow(x) return x end
print(shadow("param"), x)
-- recursion via global
function gfact(n) return n <= 1 and 1 or n * gfact(n - 1) end
print(gfact(20))
-- functions with many parameters
local function many(a, b, c, d, e, f2, g, h, i, j) return a + b + c + d + e + f2 + g + h + i + j end
print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
-- string call syntax
local function id(x) return x end
print(id "string arg", id { 1 } [1], id [[long]])
