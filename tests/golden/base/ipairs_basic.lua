for i, v in ipairs({ "a", "b", "c" }) do print(i, v) end
for i, v in ipairs({ 1, 2, nil, 4 }) do print("until nil", i, v) end
for i, v in ipairs({ [2] = "no first" }) do print("never", i, v) end
for i, v in ipairs({ [1] = "x", [2] = "y", [4] = "z" }) do print("keys", i, v) end
for i, v in ipairs({ false, false }) do print("false values", i, v) end
-- ipairs respects __index
local t = setmetatable({ "real" }, { __index = function(_, i) if i <= 3 then return "virtual" .. i end end })
for i, v in ipairs(t) do print("meta", i, v) end
-- ipairs returns three values
local f, s, i = ipairs({})
print(type(f), type(s), i)
-- iterator function can be called directly
local arr = { 10, 20 }
local it = ipairs(arr)
print(it(arr, 0))
print(it(arr, 1))
print(it(arr, 2))
-- modifying the table during ipairs
local m = { 1, 2, 3 }
local seen = {}
for i, v in ipairs(m) do seen[#seen + 1] = v if i == 1 then m[4] = 4 end end
print(table.concat(seen, ","))
print(pcall(ipairs))
local okn, fn, sn, in_ = pcall(ipairs, nil)
print("ipairs(nil) does not check", okn, type(fn), sn, in_)
print("but iterating fails", pcall(function() for _ in ipairs(nil) do end end))
