local V = setmetatable({}, { __add = function(a, b) return a.value + b end })
print("about to add")
print(V + 1)
