-- issue 10 #13: a library function (table.sort, table.concat, ...) is a C function to
-- Lua: error(msg, 2) raised by a callback it calls names that C level, so no position
local t = {3, 1, 2}
print(pcall(table.sort, t, function(a, b) error("x", 2) end))
print(pcall(function() table.sort(t, function(a, b) error("x", 2) end) end))
-- level 3 goes past the C function to the Lua function that called table.sort
print(pcall(function()
  table.sort(t, function(a, b) error("x3", 3) end)
end))
-- table.concat over an __index that raises at level 2
local p = setmetatable({}, {__index = function(t, k) error("y", 2) end, __len = function() return 3 end})
print(pcall(table.concat, p))
print(pcall(function() return table.concat(p, ",") end))
print(pcall(function()
  return table.concat(setmetatable({}, {__index = function(t, k) error("z", 2) end}), ",", 1, 2)
end))
-- table.insert / table.unpack through __index / __newindex
local q = setmetatable({}, {__newindex = function(t, k, v) error("ni", 2) end})
print(pcall(function() table.insert(q, 1) end))
print(pcall(function() return table.unpack(setmetatable({}, {__index = function() error("un", 2) end}), 1, 2) end))
-- string library callbacks
print(pcall(function() return string.gsub("abc", "%w", function(c) error("gs", 2) end) end))
print(pcall(function() return ("abc"):gsub("%w", function(c) error("gs3", 3) end) end))
-- a Lua-level __index (no C function between): level 2 is the indexing function
print(pcall(function()
  local r = setmetatable({}, {__index = function(t, k) error("ix", 2) end})
  return r.a
end))
-- the same inside a coroutine
print(coroutine.wrap(function()
  print(pcall(function() table.sort({3, 1, 2}, function(a, b) error("cx", 2) end) end))
  print(pcall(function() return table.concat(p, ",") end))
  print(pcall(function()
    local r = setmetatable({}, {__index = function(t, k) error("cix", 2) end})
    return r.a
  end))
  return "done"
end)())
