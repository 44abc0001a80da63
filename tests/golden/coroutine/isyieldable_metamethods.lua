-- isyieldable reflects the C-call boundary inside metamethods
local results = {}
local obj = setmetatable({}, {
  __index = function() return coroutine.isyieldable() end,
  __tostring = function() results[#results + 1] = "tostring: " .. tostring(coroutine.isyieldable()) return "obj" end,
  __lt = function() results[#results + 1] = "lt: " .. tostring(coroutine.isyieldable()) return true end,
})
local co = coroutine.wrap(function()
  results[#results + 1] = "index: " .. tostring(obj.anything)
  tostring(obj)
  local _ = obj < obj
  local t = { obj, obj }
  table.sort(t, function(a, b) return a < b end)
  results[#results + 1] = "gsub: " .. string.gsub("a", "a", function() return tostring(coroutine.isyieldable()) end)
end)
co()
print(table.concat(results, "\n"))
print("main index:", obj.x)
