-- globals and _ENV inside coroutines
x = "global x"
local co = coroutine.wrap(function()
  coroutine.yield(x)
  x = "changed in coroutine"
  coroutine.yield(x)
  local _ENV = { x = "private env", tostring = tostring }
  coroutine = nil  -- assigns in the private env
  return x
end)
print(co())
print(co())
print(x)
print(co())
print("coroutine lib still present:", type(coroutine))
-- a loaded chunk with its own env yields through the real library
local env = { yield = coroutine.yield }
local f = load("local v = yield(who) return v .. ' for ' .. who", "=envchunk", "t", env)
env.who = "env"
local w = coroutine.wrap(f)
print(w())
print(w("result"))
