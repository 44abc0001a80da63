print(select('#', pcall(function() end)))
print(select('#', pcall(function() return nil end)))
print(select('#', pcall(function() return 1, 2, 3 end)))
print(select('#', pcall(error)))
local r = { pcall(function() return "a", nil, "c" end) }
print(r[1], r[2], r[3], r[4])
print(pcall(function(...) return ... end, "p", "q"))
-- pcall catching errors from builtins
print(pcall(string.rep))
print(pcall(setmetatable, {}, {}, "extra") ~= nil)
-- pcall result used in expression
local ok = pcall(error) and "succeeded" or "failed"
print(ok)
