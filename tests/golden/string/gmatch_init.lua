for w in string.gmatch("one two three", "%a+", 5) do io.write(w, ";") end
print()
for w in string.gmatch("one two three", "%a+", -5) do io.write(w, ";") end
print()
for w in string.gmatch("abc", ".", 10) do io.write(w, ";") end
print("|")
for w in string.gmatch("abc", "", 4) do io.write("[", w, "]") end
print()
for w in string.gmatch("abc", ".", -100) do io.write(w) end
print()
for w in string.gmatch("^a^a", "^a") do io.write(w, " ") end
print()
