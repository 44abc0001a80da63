-- a coroutine that ends with an error does not close its <close> variables
-- until coroutine.close is called; wrap closes them itself before re-raising
local function closer(name)
  return setmetatable({}, { __close = function(_, e) print("  closed " .. name, e) end })
end
local co = coroutine.create(function()
  local a <close> = closer("a")
  error("fail in create", 0)
end)
print("resume:", coroutine.resume(co))
print("status:", coroutine.status(co))
print("close:", coroutine.close(co))
local w = coroutine.wrap(function()
  local b <close> = closer("b")
  error("fail in wrap", 0)
end)
print("pcall wrap:", pcall(w))
-- a pcall inside the coroutine closes them during the unwind
local co2 = coroutine.create(function()
  pcall(function()
    local c <close> = closer("c")
    error("inner", 0)
  end)
  return "after pcall"
end)
print("resume 2:", coroutine.resume(co2))
