local order = {}
local function res(n) return setmetatable({}, { __close = function(_, e) order[#order + 1] = n .. (e and ("!" .. tostring(e)) or "") end }) end
local function inner()
  local a <close> = res("inner-a")
  error("E", 0)
end
local function middle()
  local b <close> = res("middle-b")
  inner()
end
local function outer()
  local c <close> = res("outer-c")
  local ok, err = pcall(middle)
  order[#order + 1] = "pcall:" .. tostring(err)
  return "outer done"
end
print(outer())
print(table.concat(order, " "))
