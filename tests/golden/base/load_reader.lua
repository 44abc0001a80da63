local pieces = { "return ", "10 ", "+ ", "32" }
local i = 0
local f = load(function() i = i + 1 return pieces[i] end)
print(f())
-- reader returning empty string ends the chunk
local parts = { "return 'a'", "", " .. 'b'" }
local j = 0
print(load(function() j = j + 1 return parts[j] end)())
-- reader that returns nil at once: empty chunk
print(select('#', load(function() return nil end)()))
-- reader producing a syntax error
local k = 0
print(load(function() k = k + 1 if k == 1 then return "return )" end end))
-- reader returning a non-string
print(pcall(load, function() return {} end))
-- reader that errors
print(pcall(load, function() error("reader failed") end))
-- one character at a time
local src = "local t = {} for i = 1, 3 do t[i] = i * i end return table.concat(t, ' ')"
local pos = 0
print(load(function() pos = pos + 1 if pos <= #src then return src:sub(pos, pos) end end, "=chars")())
