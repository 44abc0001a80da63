local function avg(total, count) return total // count end
print(avg(10, 2))
print(avg(10, 0))
