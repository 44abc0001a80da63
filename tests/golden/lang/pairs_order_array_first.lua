-- pairs/next order where lua5.4's is fixed: the array part ascending, then the hash
-- part's nodes (numbers and booleans hash by value).  Strings appear only alone in
-- their hash part (their order among themselves changes from run to run in lua5.4).
local function keys(t)
  local out = {}
  for k in pairs(t) do out[#out + 1] = tostring(k) end
  return table.concat(out, " ")
end
local function nextkeys(t)
  local out, k = {}, nil
  repeat
    k = next(t, k)
    if k ~= nil then out[#out + 1] = tostring(k) end
  until k == nil
  return table.concat(out, " ")
end

print("pack", keys(table.pack(10, 20, 30)))
print("n first", keys({n = 2, 10, 20}))
local x = 5
print("ctor", keys({ {}, "s", a = x }), keys({ a = x, x, x }))
local q = {first = 1}
q[1] = "x"; q[2] = "y"; q[3] = "z"
print("queue", keys(q))
local s = {name = "stack"}; table.insert(s, 1); table.insert(s, 2); print("stack", keys(s))
local r = {}; r[3] = 1; r[2] = 1; r[1] = 1; print("reverse3", keys(r))
local m = {}; for i = 20, 1, -1 do m[i] = i end; print("reverse20", keys(m))
local sp = {}; for _, k in ipairs({100, 7, 33, -4, 0, 64, 12}) do sp[k] = true end
print("sparse", keys(sp), nextkeys(sp))
local f = {}; f[1.5] = 1; f[2] = 2; f[-0.25] = 3; f[1] = 4; print("floats", keys(f))
local b = {}; b[true] = 1; b[false] = 2; b[2] = 3; print("bools", keys(b))
local holes = {1, 2, nil, 4, nil, nil, 7}; print("holes", keys(holes))
local grown = {}; for i = 1, 9 do grown[i] = i end; grown[20] = 20; grown[11] = 11
print("grown", keys(grown))
local del = {}; for i = 1, 8 do del[i] = i end
for k in pairs(del) do if k % 2 == 0 then del[k] = nil end end
print("deleted", keys(del), nextkeys(del))
local re = {}; for i = 1, 5 do re[i] = i end; re[2] = nil; re[2] = "again"; print("readd", keys(re))
local shrink = {}; for i = 1, 16 do shrink[i] = i end; for i = 1, 14 do shrink[i] = nil end
shrink[100] = 1; print("shrink", keys(shrink))
