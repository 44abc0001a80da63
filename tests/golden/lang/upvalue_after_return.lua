local function make()
  local value = "initial"
  local function get() return value end
  local function set(v) value = v end
  value = "changed before return"
  return get, set
end
local g1, s1 = make()
local g2, s2 = make()
print(g1(), g2())
s1("one")
print(g1(), g2())
s2("two")
print(g1(), g2())
-- parameter captured as upvalue
local function capture(p) return function() p = p .. "!" return p end end
local c = capture("hey")
print(c(), c())
