-- an error inside __close replaces the original error
local ok, err = pcall(function()
  local c <close> = setmetatable({}, { __close = function() error("close failed", 0) end })
  error("original", 0)
end)
print("1", ok, err)

-- error in __close on normal exit
local ok2, err2 = pcall(function()
  local c <close> = setmetatable({}, { __close = function() error("close failed 2", 0) end })
  return "never seen"
end)
print("2", ok2, err2)

-- other closers still run when one errors; the last error wins
local ok3, err3 = pcall(function()
  local a <close> = setmetatable({}, { __close = function(_, e) print("a sees", e) error("from a", 0) end })
  local b <close> = setmetatable({}, { __close = function(_, e) print("b sees", e) error("from b", 0) end })
  print("body")
end)
print("3", ok3, err3)

-- __close receives nil on normal exit
do
  local c <close> = setmetatable({}, { __close = function(o, e) print("normal exit err", e, select('#', o, e)) end })
end

-- __close metamethod removed after declaration: error at close time
print(pcall(function()
  local mt = { __close = function() print("not called") end }
  local c <close> = setmetatable({}, mt)
  mt.__close = nil
end))
