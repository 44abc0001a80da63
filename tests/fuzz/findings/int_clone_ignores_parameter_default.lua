-- seeds 20040, 20049: in the integer clone of a function (its parameter `a` is used
-- in arithmetic and is an integer), another parameter's default is skipped: the
-- clone's type inference sees only the default's type, not the nil the caller left,
-- so `if not s` is compiled as false.  Then nil flows on: printed as nil, or as
-- Python's None inside a concatenation.
local function f(a, s)
  if not s then s = "dflt" end
  return a + 1, s
end
print(f(6))
print(f(6.5))
local function g(a, p)
  if a > 3 then a = a / 2 end
  if not p then p = 0 end
  print(p .. "|", type(p), p == nil)
  return a + 1, p
end
print(g(100))
