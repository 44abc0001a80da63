-- each loop iteration gets a fresh local
local fs = {}
for i = 1, 3 do
  fs[#fs + 1] = function() return i end
end
print("numeric for:", fs[1](), fs[2](), fs[3]())

local gs = {}
for k, v in ipairs({"a", "b", "c"}) do
  gs[#gs + 1] = function() return k .. v end
end
print("generic for:", gs[1](), gs[2](), gs[3]())

local hs = {}
local j = 1
while j <= 3 do
  local jj = j
  hs[j] = function() jj = jj + 100; return jj end
  j = j + 1
end
print("while local:", hs[1](), hs[2](), hs[3](), hs[1]())

local rs = {}
local n = 0
repeat
  n = n + 1
  local m = n * 2
  rs[n] = function() return m end
until m >= 6
print("repeat local:", rs[1](), rs[2](), rs[3]())

-- modifying the loop variable copy inside the body does not affect the loop
local seen = {}
for i = 1, 3 do
  local f = function() i = i + 10; return i end
  seen[#seen + 1] = f()
  seen[#seen + 1] = i
end
print("modified copy:", table.concat(seen, " "))

-- shared upvalue among closures created in the same iteration
for i = 1, 2 do
  local a = function() i = i + 1 end
  local b = function() return i end
  a(); a()
  print("iteration shares", b())
end
