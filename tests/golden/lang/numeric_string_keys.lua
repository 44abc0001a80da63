local t = {}
t["1"] = "string one"
t[1] = "int one"
print(t["1"], t[1], t[1.0])
local n = 0
for _ in pairs(t) do n = n + 1 end
print("keys", n)
local k = "10"
t[k + 0] = "converted"
print(t[10], t["10"])
print(t[tonumber("1")], t[tostring(1)])
