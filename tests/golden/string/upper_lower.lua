print(string.upper("Hello World 123"))
print(string.lower("Hello World 123"))
local s = "caf\233 \192\255"
print(string.upper(s) == "CAF\233 \192\255", string.lower(s) == s)
print(("MiXeD"):lower(), ("MiXeD"):upper())
print(string.upper(1.5), string.lower(10))
print(pcall(string.upper))
print(pcall(string.lower, {}))
