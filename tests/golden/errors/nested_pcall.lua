local function level3() error("deep failure", 0) end
local function level2()
  local ok, err = pcall(level3)
  return "level2 caught: " .. err
end
print(pcall(level2))
-- error passes through functions without pcall
local function a() error({ tag = "A" }) end
local function b() a() end
local function c() b() end
local ok, e = pcall(c)
print(ok, e.tag)
-- pcall inside pcall, inner error re-raised with more context
print(pcall(function()
  local ok2, e2 = pcall(function() error("inner", 0) end)
  error("outer(" .. e2 .. ")", 0)
end))
-- multiple levels of pcall returning values
print(pcall(pcall, pcall, error, "x", 0))
-- success inside failure
print(pcall(function()
  local r = { pcall(function() return "fine" end) }
  error(r[2] .. " then fail", 0)
end))
-- error in error message construction
print(pcall(function() error("value: " .. nil) end))
