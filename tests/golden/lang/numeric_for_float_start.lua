for i = 0.5, 2 do print("start 0.5", i) end
for i = 1, 2, 0.75 do print("step 0.75", i) end
for i = 3, 1, -0.5 do print("neg float step", i) end
for i = 1e308, 1.7e308, 1e308 do print("huge float", i) end
for i = -0.0, 0 do print("neg zero start", i) end
local count = 0
for i = 0.1, 0.3, 0.1 do count = count + 1 end
print("0.1..0.3 by 0.1 iterations", count)
