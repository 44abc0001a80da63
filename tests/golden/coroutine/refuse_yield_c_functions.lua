-- more C functions that call back into Lua: yielding in the callback is refused
local function try(name, f)
  local co = coroutine.create(f)
  print(name, coroutine.resume(co))
end
try("load reader", function()
  return load(function() coroutine.yield() end)
end)
try("string.format %s", function()
  return string.format("%s", setmetatable({}, { __tostring = function() coroutine.yield() end }))
end)
try("table.concat? (no callback)", function()
  return table.concat({ "a", "b" }, ",")
end)
try("select", function()
  return select(2, "a", coroutine.yield and "b")
end)
try("ipairs __index", function()
  local t = setmetatable({}, { __index = function(_, i)
    if i < 3 then coroutine.yield("idx " .. i) return i end
  end })
  local n = 0
  for _ in ipairs(t) do n = n + 1 end
  return n
end)
try("next-based pairs __pairs", function()
  local t = setmetatable({}, { __pairs = function(t)
    coroutine.yield("in __pairs")
    return next, t, nil
  end })
  for _ in pairs(t) do end
  return "pairs ok"
end)
