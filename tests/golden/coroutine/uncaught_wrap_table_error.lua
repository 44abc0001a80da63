-- an error object with __tostring raised from a wrapped coroutine at top level
local E = setmetatable({ what = "disk full" }, {
  __tostring = function(e) return "IOError: " .. e.what end,
})
local task = coroutine.wrap(function()
  coroutine.yield("working")
  error(E)
end)
print(task())
task()
