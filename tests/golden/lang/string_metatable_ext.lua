-- adding functions to the string table makes them available as methods
function string.shout(s) return s:upper() .. "!" end
print(("hello"):shout())
local s = "abc"
print(s:shout())

-- string metatable __index is the string table
local mt = getmetatable("")
print("__index is string", mt.__index == string)

-- replacing a method
local orig = string.rep
function string.rep(s, n) return "rep(" .. s .. "," .. n .. ")" end
print(("x"):rep(2))
string.rep = orig
print(("x"):rep(2))

-- extending with a method that uses varargs
function string.join(sep, ...) return table.concat({ ... }, sep) end
print((", "):join("a", "b", "c"))

-- __index can be changed to a function
local saved = mt.__index
mt.__index = function(str, key)
  if key == "first" then return str:sub(1, 1) end
  return saved[key]
end
print(("zebra").first, ("zebra"):upper())
mt.__index = saved
print(("zebra").first)
