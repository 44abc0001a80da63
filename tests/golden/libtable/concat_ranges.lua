local t = {"a", "b", "c", "d", "e"}
print("2..4", table.concat(t, "", 2, 4))
print("3..", table.concat(t, "-", 3))
print("i>j", "[" .. table.concat(t, "-", 4, 2) .. "]")
print("i==j", table.concat(t, "-", 5, 5))
print("floats", table.concat(t, "+", 1.0, 2.0))
print("strings", table.concat(t, "+", "2", "3"))
print("beyond", pcall(table.concat, t, "", 4, 6))
print("zero", pcall(table.concat, t, "", 0, 2))
