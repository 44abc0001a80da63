-- assigning to existing fields during traversal is allowed
local t = { a = 1, b = 2, c = 3 }
for k, v in pairs(t) do t[k] = v * 10 end
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = k .. "=" .. v end
table.sort(keys)
print(table.concat(keys, " "))
-- removing during traversal
local s = { 1, 2, 3, 4, 5, 6 }
for k in pairs(s) do if k % 2 == 0 then s[k] = nil end end
local rest = {}
for i = 1, 6 do rest[#rest + 1] = tostring(s[i]) end
print(table.concat(rest, ","))
