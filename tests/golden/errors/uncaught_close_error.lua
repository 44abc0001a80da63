print("start")
do
  local c <close> = setmetatable({}, { __close = function() error("error while closing") end })
  print("body done")
end
print("not reached")
