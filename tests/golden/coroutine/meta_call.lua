-- yield inside a function called through __call
local callable = setmetatable({ name = "obj" }, {
  __call = function(self, a, b)
    local r = coroutine.yield(self.name .. " called with " .. a .. "," .. b)
    return r, "second"
  end,
})
local co = coroutine.create(function()
  local x, y = callable(1, 2)
  print("call returned", x, y)
  -- through a method-call style
  local holder = { f = callable }
  local z = holder.f("p", "q")
  print("field call returned", z)
  return "finished"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "R1"))
print(coroutine.resume(co, "R2"))
-- a callable table as the coroutine body is rejected by create
print(pcall(coroutine.create, callable))
-- but can be wrapped inside a function
local w = coroutine.wrap(function(...) return callable(...) end)
print(w("a", "b"))
print(w("back"))
