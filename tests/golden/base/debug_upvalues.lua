-- debug.getupvalue / setupvalue / upvalueid / upvaluejoin
local a, b, c = 1, 2, 3
local function f()
  local s = b + a        -- b is upvalue 1, a upvalue 2
  print(s)               -- _ENV upvalue 3
  return function() return c + a end  -- c becomes f's upvalue 4
end
for i = 1, 5 do
  local name, value = debug.getupvalue(f, i)
  print(i, name, type(value) == "table" and "a table" or value)
end
local inner = f()
print(debug.getupvalue(inner, 1), debug.getupvalue(inner, 2))
print(debug.getupvalue(function() end, 1))
print(select("#", debug.getupvalue(function() end, 1)))

-- setupvalue changes the variable every closure shares
print(debug.setupvalue(inner, 2, 100))
print(a, inner())
print(debug.setupvalue(inner, 3, 1))

-- upvalueid: shared upvalues have the same id
local function g() return a end
print(debug.upvalueid(g, 1) == debug.upvalueid(inner, 2), debug.upvalueid(g, 1) == debug.upvalueid(inner, 1))
print(type(debug.upvalueid(g, 1)), debug.upvalueid(g, 2))

-- loop variables: a fresh upvalue per iteration
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(debug.getupvalue(fs[1], 1), debug.getupvalue(fs[3], 1))
debug.setupvalue(fs[2], 1, 20)
print(fs[1](), fs[2](), fs[3]())
print(debug.upvalueid(fs[1], 1) == debug.upvalueid(fs[2], 1))

-- the classic setfenv for Lua 5.2+: join a function's _ENV to another upvalue
local function setfenv(fn, env)
  local i = 1
  while true do
    local name = debug.getupvalue(fn, i)
    if name == "_ENV" then
      debug.upvaluejoin(fn, i, (function() return env end), 1)
      break
    elseif not name then
      break
    end
    i = i + 1
  end
  return fn
end
local function greet() return message .. "!" end
message = "global"
print(greet())
setfenv(greet, { message = "sandboxed" })
print(greet(), message)
local co = coroutine.wrap(function() coroutine.yield(greet()) end)
print(co())

-- upvaluejoin between two Lua closures' ordinary upvalues
local x1, x2 = "one", "two"
local function r1() return x1 end
local function r2() return x2 end
debug.upvaluejoin(r1, 1, r2, 1)
x2 = "two changed"
print(r1(), r2(), x1)

-- a loaded chunk's _ENV
local chunk = load("y = 5 return y")
print(debug.getupvalue(chunk, 1) , (select(2, debug.getupvalue(chunk, 1))) == _G)
local env = {}
debug.setupvalue(chunk, 1, env)
print(chunk(), env.y, y)

-- errors
print(pcall(debug.getupvalue, 1, 1))
print(pcall(debug.getupvalue, f))
print(pcall(debug.getupvalue, f, "x"))
print(pcall(debug.setupvalue, f, 1))
print(pcall(debug.upvalueid, f, 10))
print(pcall(debug.upvaluejoin, f, 10, f, 1))
print(pcall(debug.upvaluejoin, f, 1, f, 10))
print(pcall(debug.upvaluejoin, f, 1, 2, 1))
print(debug.getupvalue(print, 1))
