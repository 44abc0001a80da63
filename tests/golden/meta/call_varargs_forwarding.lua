local log = {}
local F = setmetatable({}, { __call = function(self, ...)
  log[#log + 1] = select('#', ...)
  return ...
end })
print(F(1, nil, 3, nil))
print(F())
print((F(1, 2)))
local function wrap(...) return F(...) end
print(wrap("a", "b"))
print(table.concat(log, ","))
