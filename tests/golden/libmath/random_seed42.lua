math.randomseed(42)
for i = 1, 5 do io.write(math.random(0), " ") end
print()
for i = 1, 10 do io.write(math.random(6), " ") end
print()
for i = 1, 8 do io.write(math.random(-1000, 1000), " ") end
print()
for i = 1, 4 do io.write(string.format("%.17g", math.random()), " ") end
print()
