-- uncaught: error(msg, 2) in an __index function that table.concat runs: no position
local t = setmetatable({}, {
  __index = function(_, k) error("no field " .. k, 2) end,
  __len = function() return 3 end,
})
print(table.concat(t, " "))
