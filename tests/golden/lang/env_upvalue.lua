-- functions resolve globals through the _ENV visible where they were defined
x = "global x"
local function getx() return x end
local results = {}
do
  local _ENV = { x = "shadow x" }
  results[1] = getx()            -- outer _ENV
  local function getx2() return x end
  results[2] = getx2()           -- shadow env
  _ENV = { x = "reassigned" }    -- assignment to the local _ENV
  results[3] = getx2()           -- getx2 shares the local, sees new table
end
print(results[1], results[2], results[3])

local t = setmetatable({}, { __index = _G })
local function f(_ENV) x = "in t" return x end
print(f(t), x, t.x)

-- changing a global via _ENV index is visible to previously made closures
local function gety() return y end
_ENV.y = 1
print("y", gety())
_ENV.y = 2
print("y", gety())
