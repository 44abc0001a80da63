local t = setmetatable({}, {
  __index = function(_, k) error("no field " .. k) end,
  __add = function() error("cannot add", 0) end,
  __tostring = function() error({ code = 1 }) end,
})
print(pcall(function() return t.foo end))
print(pcall(function() return t + 1 end))
local ok, e = pcall(tostring, t)
print(ok, type(e), e.code)
local cmp = setmetatable({}, { __lt = function() error("lt failed", 2) end })
print(pcall(function() return cmp < cmp end))
local arr = { 3, 1, 2 }
print(pcall(table.sort, arr, function(a, b) error("comparator failed", 0) end))
