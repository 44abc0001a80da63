-- a NaN limit: lua5.4's forlimit takes it for below every integer (0 < NaN is false), so
-- an integer loop with a negative step runs towards math.mininteger, one with a positive step not at all
local function f(p)
  p = p // 3
  p = p / p
  local c = 0
  for j = 1, p, -1 do
    c = c + 1
    if c > 20 then break end
  end
  return c, p
end
print(f(2))
print(f(0.0))
local z = 0/0
local c = 0
for j = 1, z, -1 do c = c + 1 if c > 5 then break end end
print(c)
c = 0
for j = 1, -z, -1 do c = c + 1 if c > 5 then break end end
print(c)
c = 0
for j = 1, z do c = c + 1 if c > 5 then break end end
print(c)
for j = 1.0, z, -1 do c = c + 1 if c > 25 then break end end
print(c)
