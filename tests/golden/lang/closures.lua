-- closures and upvalues
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c1, c2 = counter(), counter()
print("c1", c1(), c1(), c1())
print("c2", c2(), c2())

-- two closures sharing one upvalue
local function pair()
  local v = 10
  local function get() return v end
  local function set(x) v = x end
  return get, set
end
local get, set = pair()
print("get", get())
set(42)
print("after set", get())

-- upvalue captured after modification
local x = 1
local f = function() return x end
x = 2
print("late binding", f())

-- nested closures three levels deep
local function outer(a)
  return function(b)
    return function(c)
      a = a + 1
      return a + b + c
    end
  end
end
local g = outer(1)(10)
print("nested", g(100), g(100))

-- closure over parameter
local function adder(k) return function(v) return v + k end end
local add5 = adder(5)
print("adder", add5(1), adder(-1)(1))

-- closures in a table
local fs = {}
for i = 1, 3 do fs[i] = function() return i * 10 end end
print("table of closures", fs[1](), fs[2](), fs[3]())

-- recursive local function
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print("fact", fact(10))
