print("a" .. "b" .. "c")
print(1 .. "")
print(1.5 .. "|" .. 2)
print("x" .. 10 .. "y")
print(-0.0 .. "")
print(2^63 .. "")
print(math.mininteger .. "")
-- concat is right associative
local log = {}
local mt = { __concat = function(a, b)
  local sa = type(a) == "table" and a.n or a
  local sb = type(b) == "table" and b.n or b
  log[#log + 1] = sa .. "+" .. sb
  return sa .. sb
end }
local A = setmetatable({ n = "A" }, mt)
local r = "1" .. A .. "2"
print("result", r, table.concat(log, " "))
-- errors
print(pcall(function() return "a" .. nil end))
print(pcall(function() return "a" .. {} end))
print(pcall(function() return true .. "a" end))
-- long concatenation chain
local s = ""
for i = 1, 10 do s = s .. i end
print(s)
-- precedence: .. lower than +
print(1 + 2 .. 3 + 4)
print("len" .. #"abc")
-- numbers with concat need spaces
print(10 .. 20)
-- table.concat
print(table.concat({ 1, 2, 3 }, ", "), table.concat({}, ","), table.concat({ "a" }, ","))
print(table.concat({ 1, 2.5, "x" }))
print(table.concat({ "a", "b", "c", "d" }, "-", 2, 3))
