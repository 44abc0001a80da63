-- loops near the integer limits must not overflow
local maxi, mini = math.maxinteger, math.mininteger
local n = 0
for i = maxi - 2, maxi do n = n + 1 end
print("to maxinteger", n)
n = 0
for i = mini + 2, mini, -1 do n = n + 1 end
print("to mininteger", n)
n = 0
for i = maxi - 1, maxi, 10 do n = n + 1 end
print("big step near max", n)
n = 0
for i = mini, mini + 5, maxi do n = n + 1 end
print("step maxinteger", n)
n = 0
for i = 1, 0, maxi do n = n + 1 end
print("empty", n)
-- float limit beyond integer range
n = 0
for i = maxi - 1, 1e100 do n = n + 1 end
print("float limit past max", n)
n = 0
for i = mini + 1, -1e100, -1 do n = n + 1 end
print("float limit past min", n)
-- last values
local last
for i = maxi - 3, maxi, 2 do last = i end
print("last", last == maxi - 1)
for i = mini, mini + 2 do last = i end
print("last min", last == mini + 2)
-- limit NaN: loop does not run
n = 0
for i = 1, 0/0 do n = n + 1 end
print("nan limit", n)
n = 0
for i = 1.0, 0/0 do n = n + 1 end
print("nan limit float (runs once in 5.4)", n)
