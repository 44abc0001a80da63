local t = { 1, 2, 3 }
print("positional", t[1], t[2], t[3], #t)
local n = { x = 1, y = 2, ["z w"] = 3 }
print("named", n.x, n.y, n["z w"])
local k = "key"
local c = { [k] = "v", [1 + 1] = "two", [k .. "2"] = "v2" }
print("computed", c.key, c[2], c.key2)
local mixed = { "a", x = "X", "b", [10] = "ten", "c" }
print("mixed", mixed[1], mixed[2], mixed[3], mixed.x, mixed[10], #mixed)
local semi = { 1; 2; 3, 4; }
print("separators", #semi, semi[4])
local function three() return 1, 2, 3 end
local ex = { three() }
print("expanded", #ex)
local notex = { three(), "end" }
print("not expanded", #notex, notex[1], notex[2])
local paren = { (three()) }
print("paren", #paren)
local vararg = (function(...) return { ... } end)(4, 5, 6)
print("vararg", #vararg, vararg[3])
-- positional overrides computed key for the same index
local over = { [1] = "computed", "positional" }
print("override", over[1])
local over2 = { "positional", [1] = "computed" }
print("override2", over2[1])
-- nested
local nest = { { 1, 2 }, { a = { b = "deep" } } }
print("nested", nest[1][2], nest[2].a.b)
-- holes
local holes = { 1, nil, 3 }
print("holes", holes[1], holes[2], holes[3])
-- trailing comma
local tc = { 1, 2, }
print("trailing comma", #tc)
-- keys of various types
local kt = { [true] = "T", [false] = "F", [1.5] = "f" }
print("key types", kt[true], kt[false], kt[1.5])
-- empty string key
local es = { [""] = "empty" }
print("empty key", es[""])
-- constructor with function values
local obj = { f = function(self) return "method " .. tostring(self == nil) end }
print(obj.f(), obj:f())
-- long list
local long = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
  21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
  41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60 }
print("long", #long, long[60])
