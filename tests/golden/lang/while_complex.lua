local a, b = 0, 10
while a < b and b - a > 2 do a = a + 1; b = b - 1 end
print("a b", a, b)
local t = { 3, 1, 4, 1, 5, 9, 2, 6 }
local i = 1
while t[i] and t[i] ~= 9 do i = i + 1 end
print("index of 9", i)
local n, steps = 100, 0
while n > 1 do
  if n % 2 == 0 then n = n // 2 else n = n * 3 + 1 end
  steps = steps + 1
  if steps > 1000 then break end
end
print("steps", steps)
local x = 1
while (function() x = x * 2 return x < 100 end)() do end
print("x", x)
