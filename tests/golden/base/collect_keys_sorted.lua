local t = { z = 26, a = 1, m = 13, [10] = "ten", [2] = "two", [3.5] = "float" }
local skeys, nkeys = {}, {}
for k in pairs(t) do
  if type(k) == "string" then skeys[#skeys + 1] = k else nkeys[#nkeys + 1] = k end
end
table.sort(skeys)
table.sort(nkeys)
for _, k in ipairs(skeys) do print(k, t[k]) end
for _, k in ipairs(nkeys) do print(k, t[k]) end
