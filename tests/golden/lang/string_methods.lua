print(("x"):rep(3))
print(("ab"):rep(3, "-"))
local s = "Hello"
print(s:upper(), s:lower(), s:len(), #s)
print(s:sub(2, 3), s:sub(-3), s:sub(2), s:sub(0), s:sub(10))
print(("%d items"):format(5))
print(("%s=%s"):format("k", "v"))
print(string.format("%5.2f|%-5d|%5s|%05d", 3.14159, 42, "ab", 7))
print(s:byte(1), s:byte(-1), string.char(72, 105))
print(("abc"):reverse())
print(#("x"):rep(0), ("x"):rep(-1) == "")
local n = 42
print(("value: " .. n):upper())
-- method on number literal needs parentheses via string conversion
print(("%d"):format(3.0))
-- string methods through the string table
print(string.upper("abc"), string.len("abcd"))
-- indexing a string gives string functions
print(("abc").len == string.len)
print(s.upper == string.upper)
-- string indexing with a non-method key returns nil
print(("abc").foo, ("abc")[1])
