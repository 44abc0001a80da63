-- __close may yield when the block exits normally, by break, or by return
local function res(name)
  return setmetatable({}, { __close = function(_, e)
    local v = coroutine.yield("closing " .. name)
    print(name .. " closed, resumed with", v, "err", e)
  end })
end
local co = coroutine.create(function()
  do local a <close> = res("a") end
  for i = 1, 3 do
    local b <close> = res("b" .. i)
    if i == 2 then break end
  end
  local function f()
    local c <close> = res("c")
    return "ret from f"
  end
  print("f returned", f())
  return "body end"
end)
local n = 0
while coroutine.status(co) ~= "dead" do
  n = n + 1
  print(coroutine.resume(co, n))
end
