-- A function whose error passes through a closing handler (a generic for's closing
-- value, a <close> variable) is one level of the traceback, named by its caller's call.
local M = {}

local function inner(t)
  for _, v in ipairs(t) do
    if v > 1 then error("boom " .. v) end
  end
end

local function outer(t)
  for i = 1, 2 do
    for k, v in pairs({a = 1}) do
      inner(t)
    end
  end
end

function M.group(tests)
  local function helper(name, func, input) func(input) end
  for _, v in ipairs(tests) do
    if v[4] == nil then
      helper(table.unpack(v))
    else
      helper(no_such_global(v))
    end
  end
end

local obj = {}
function obj:closing(n)
  local guard <close> = setmetatable({}, {__close = function() end})
  do
    local g2 <close> = setmetatable({}, {__close = function() end})
    if n > 0 then local x = nil; return x.field end
  end
end

local function show(ok, msg) print(ok, (string.gsub(msg, "\t", "  "))) end

show(xpcall(outer, debug.traceback, {1, 2}))
show(xpcall(outer, function(m) return debug.traceback(m, 2) end, {1, 2}))
show(xpcall(M.group, debug.traceback, {{1, 2, 3, 4}}))
show(xpcall(function() return obj:closing(1) end, debug.traceback))
show(xpcall(function() for _ in pairs({1}) do obj:closing(2) end end, debug.traceback))
print(pcall(outer, {1, 2}))
print(pcall(M.group, {{1, 2, 3, 4}}))
-- the uncaught error's traceback (stderr)
M.group({{1, 2, 3, 4}})
