local items = { 3, "two", 1 }
print("sorting mixed values")
local function less(a, b) return a < b end
print(less(items[1], items[3]))
print(less(items[1], items[2]))
