-- the same inside a coroutine, where Lua code runs as generator versions: operators,
-- the generic for and <close> still call from the Lua function itself (a position),
-- library functions are still C functions (none)
local t = setmetatable({}, {
  __index = function(_, k) error("index " .. tostring(k), 2) end,
  __len = function() return 2 end,
})
local function it() error("iterator", 2) end
local co = coroutine.wrap(function()
  print(pcall(function() local x = t.y return x end))
  print(pcall(function() for k in it do end end))
  print(pcall(function() local x <close> = setmetatable({}, {__close = function() error("close", 2) end}) end))
  print(pcall(function() local s = table.concat(t) return s end))
  print(pcall(function() for i, v in ipairs(t) do end end))
  local u = {3, 1, 2}
  print(pcall(function() table.sort(u, function(a, b) error("cmp", 2) end) end))
  -- an __index that yields, then fails at level 2
  local s = setmetatable({}, {__index = function() coroutine.yield("yielded") error("after yield", 2) end})
  print(pcall(function() local x = s.z return x end))
end)
print(co())
co()
