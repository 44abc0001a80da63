local vars = {name = "World", n = 3, f = 1.5}
print((("Hello, ${name}! n=${n} f=${f} missing=${none}"):gsub("%${(%w+)}", vars)))
print((("Hello, $name"):gsub("%$(%w+)", function(k) return vars[k] and tostring(vars[k]):upper() end)))
print((string.gsub("abc", ".", {a = 1, b = true and "B"})))
