for w in string.gmatch("one two three", "%a+") do io.write(w, ";") end
print()
for k, v in string.gmatch("a=1, b=2, c=3", "(%w+)=(%w+)") do io.write(k, "->", v, " ") end
print()
for p in string.gmatch("abc", "()") do io.write(p, " ") end
print()
for c in ("hello"):gmatch(".") do io.write(c, ".") end
print()
local n = 0
for _ in string.gmatch("", ".") do n = n + 1 end
print("empty", n)
for a in string.gmatch("aaa", "a*") do io.write("[", a, "]") end
print()
for a in string.gmatch("abc", "x*") do io.write("[", a, "]") end
print()
