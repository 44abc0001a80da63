do
  local c <close> = setmetatable({}, { __close = function() print("closing") end })
  print("in block")
  error("error with pending close")
end
