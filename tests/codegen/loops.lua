-- Numeric for: a Python range when the bounds are integers (known, or tested at run
-- time); while and repeat (whose until sees the body's locals).
for i = 1, 3 do io.write(i, " ") end
for i = 10, 1, -4 do io.write(i, " ") end
local lim = tonumber("2")
for i = 1, lim do io.write(i, " ") end
for x = 0, 1, 0.5 do io.write(x, " ") end
print()
local k = 0
while k < 3 do k = k + 1 end
repeat local stop = k > 5; k = k + 1 until stop
print(k)
