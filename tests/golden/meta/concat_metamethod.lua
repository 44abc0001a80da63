local S = {}
S.__concat = function(a, b)
  local as = type(a) == "table" and "[" .. a.s .. "]" or tostring(a)
  local bs = type(b) == "table" and "[" .. b.s .. "]" or tostring(b)
  return setmetatable({ s = as .. bs }, S)
end
local function str(s) return setmetatable({ s = s }, S) end
print((str("a") .. "b").s)
print(("a" .. str("b")).s)
print((1 .. str("n")).s)
print((str("x") .. str("y")).s)
-- chain: evaluated right to left, plain strings joined first
local r = "p" .. "q" .. str("m") .. "r" .. "s"
print(r.s)
-- concat returning a non-string
local N = setmetatable({}, { __concat = function(a, b) return 42 end })
print(N .. "x", "x" .. N, N .. N)
-- number .. table with __concat
print(math.type(1.5) .. "", (2.5 .. str("f")).s)
