-- local _ENV changes global resolution
local print = print
local outer_G = _G
do
  local _ENV = { x = "from custom env" }
  print(x)
  y = 5
  print(y, outer_G.y)
end
print("outside", y)

local function with_env()
  local _ENV = setmetatable({}, { __index = _G })
  z = 99
  return z, _G.z
end
print("with_env", with_env())

-- _ENV as a parameter
local function run(_ENV) return a + b end
print("param env", run({ a = 1, b = 2 }))

-- _ENV upvalue captured by closures
local function make()
  local _ENV = { v = 1 }
  return function() v = v + 1; return v end
end
local f = make()
print("closure env", f(), f())

-- assigning to _ENV
do
  local saved = _ENV
  local _ENV = { print = print }
  newvar = "hidden"
  print("newvar in env", newvar)
  print("newvar in saved", saved.newvar)
end
