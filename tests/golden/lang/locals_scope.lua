local a = 1
do
  local a = 2
  print("inner a", a)
  do
    local a = a + 1
    print("innermost a", a)
  end
  print("inner a again", a)
end
print("outer a", a)

-- local without initialiser is nil
local b, c, d = 1
print("b c d", b, c, d)

-- extra values discarded
local e, f = 1, 2, 3
print("e f", e, f)

-- local refers to previous binding in its own initialiser
local x = 10
local x = x + 1
print("x", x)

-- local function can recurse, local f = function cannot
local function r1(n) if n == 0 then return "done" end return r1(n - 1) end
print("r1", r1(3))
local r2
r2 = function(n) if n == 0 then return "done2" end return r2(n - 1) end
print("r2", r2(3))

-- same name declared twice in one statement: last one wins
local y, y = 1, 2
print("y", y)

-- locals in if branches
if true then local z = "then" print(z) else local z = "else" print(z) end
print("z global?", z)

-- many locals
local l1, l2, l3, l4, l5, l6, l7, l8 = 1, 2, 3, 4, 5, 6, 7, 8
print(l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8)
