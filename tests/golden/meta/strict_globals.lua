-- a "strict mode" via _ENV/_G metatable
local declared = {}
setmetatable(_G, {
  __newindex = function(t, k, v)
    if not declared[k] then
      print("declaring global", k)
      declared[k] = true
    end
    rawset(t, k, v)
  end,
  __index = function(_, k)
    error("undeclared global '" .. tostring(k) .. "'", 2)
  end,
})
x = 1
print("x", x)
x = 2
print("x again", x)
print(pcall(function() return undefined_var end))
local ok, err = pcall(function() local y = another_missing + 1 end)
print(ok, err)
-- rawget avoids the check
print("rawget", rawget(_G, "nope"))
setmetatable(_G, nil)
print("after removing", nope)
