print("and", 1 and 2, nil and 2, false and 2, 1 and nil)
print("or", 1 or 2, nil or 2, false or nil, nil or false)
print("not", not 1, not nil, not not nil, not 0)
-- short circuit
local calls = 0
local function f() calls = calls + 1 return true end
local _ = false and f()
local _ = true or f()
print("short-circuit calls", calls)
local _ = true and f()
local _ = false or f()
print("evaluated calls", calls)
-- ternary idiom and its pitfall
local function tern(c, a, b) return c and a or b end
print("ternary", tern(true, "yes", "no"), tern(false, "yes", "no"), tern(true, false, "no"))
-- default values
local function greet(name) name = name or "world" return "hello " .. name end
print(greet(), greet("lua"))
-- and/or return one value
local function two() return 1, 2 end
print("and multi", two() and two())
print("or multi", nil or two())
-- precedence: and binds tighter than or
print("prec", true or false and false, (true or false) and false)
print("prec2", nil and 1 or 2, 1 and nil or 3)
-- comparisons combined
local x = 5
print("range", x > 1 and x < 10, x > 1 and x > 10)
-- falsy values are only nil and false
local vals = { 0, "", "0", {}, false }
for i = 1, 5 do print("truthy", i, vals[i] and true or false) end
