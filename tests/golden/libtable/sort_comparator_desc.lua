local t = {5, 2, 8, 1, 9, 3, 7, 4, 6, 2, 8}
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local words = {"kiwi", "fig", "banana", "apple", "date"}
table.sort(words, function(a, b) return #a < #b end)
print(table.concat(words, " "))
local people = {{name = "ann", age = 30}, {name = "bob", age = 25}, {name = "cy", age = 35}}
table.sort(people, function(a, b) return a.age < b.age end)
for _, p in ipairs(people) do io.write(p.name, "=", p.age, " ") end
print()
