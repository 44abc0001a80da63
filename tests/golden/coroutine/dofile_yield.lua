-- dofile continues after a yield (it uses a continuation), unlike require
local co = coroutine.create(function()
  return dofile("data/yieldfile.lua")
end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co, 77))
-- pcall and xpcall also let yields through; table.sort and tostring do not
local co2 = coroutine.create(function()
  local r = table.pack(pcall(pcall, coroutine.yield, "double pcall"))
  return r[1], r[2], r[3]
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2, "back"))
