print("1 == 1.0", 1 == 1.0)
print('"1" == 1', "1" == 1)
print('"1" ~= 1', "1" ~= 1)
print("nil == false", nil == false)
print("0 == false", 0 == false)
print('"" == false', "" == false)
local t1, t2 = {}, {}
print("distinct tables", t1 == t2, t1 == t1, t1 ~= t2)
local f1 = function() end
local f2 = function() end
print("functions", f1 == f1, f1 == f2)
print("strings by value", "abc" == "a" .. "bc", ("x"):rep(3) == "xxx")
print("-0.0 == 0", -0.0 == 0, 0.0 == -0.0)
print("nan ~= nan", (0/0) ~= (0/0))
print("maxinteger == float", math.maxinteger == math.maxinteger + 0.0)
print("2^53 int/float", (1 << 53) == 2^53, (1 << 53) + 1 == 2^53 + 1)
print("true == true", true == true, true ~= false)
print("print == print", print == print, print == _G.print)
print("rawequal", rawequal(t1, t1), rawequal(t1, t2), rawequal(1, 1.0), rawequal("a", "a"))
-- table keys use raw equality: 1 and 1.0 are the same key, "1" is different
local k = {}
k[1] = "one"; k[1.0] = "one float"; k["1"] = "one string"
print("keys", k[1], k["1"])
-- nan cannot be a key
print("nan key", pcall(function() local t = {} t[0/0] = 1 end))
print("nil key", pcall(function() local t = {} t[nil] = 1 end))
print("read nil key", ({})[nil])
