-- LPeg matching speed: a Lua expression parser in re syntax (tests/golden/clib/data/luaexpr_re.lua)
-- parsing generated expressions into syntax trees
package.path = "../../tests/golden/clib/data/?.lua;" .. package.path
local P = require "luaexpr_re"
local seed = 7
local function rand(n) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n end
local ops = { "+", "-", "*", "/", "..", "==", "<", "and", "or", "^", "//", "%" }
local function gen(d)
  local r = rand(8)
  if d > 6 or r < 2 then return tostring(rand(1000)) end
  if r == 2 then return "x" .. rand(10) end
  if r == 3 then return "(" .. gen(d + 1) .. ")" end
  if r == 4 then return "f" .. rand(3) .. "(" .. gen(d + 1) .. ", " .. gen(d + 1) .. ")" end
  if r == 5 then return "{" .. gen(d + 1) .. ", k = " .. gen(d + 1) .. "}" end
  return gen(d + 1) .. " " .. ops[rand(#ops) + 1] .. " " .. gen(d + 1)
end
local srcs = {}
for i = 1, 200 do srcs[i] = gen(0) end
local nodes = 0
local function count(t) nodes = nodes + 1; for _, x in ipairs(t) do if type(x) == "table" then count(x) end end end
for rep = 1, 15 do
  for _, s in ipairs(srcs) do count(assert(P.parse(s))) end
end
print(#srcs, nodes)
