-- o:m() lookups walk __index chains (table.method / _ltable.method, issue 13):
-- every way the walk can end, and strings through their metatable
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, {__index = parent}) end
  return c
end

-- chains of every depth up to past the walk's limit of 100 tables
local base = class()
function base:name() return "base" end
local c = base
for depth = 1, 130 do
  c = class(c)
  if depth % 40 == 0 or depth < 4 then
    local o = setmetatable({}, c)
    print(depth, o:name())
  end
end
local deep = setmetatable({}, c)
print("deep", deep:name())
-- the method changes after the first calls: every call reads the chain again
function base:name() return "changed" end
print("deep", deep:name())
c.name = function() return "own of the last class" end
print("deep", deep:name())
c.name = nil
rawset(base, "name", nil)
print(pcall(function() return deep:name() end))

-- an own field shadows the class; false is a value, not a miss
local k = class(base)
local o = setmetatable({}, k)
function base:m() return "class" end
print(o:m())
o.m = function() return "own" end
print(o:m())
o.m = nil
print(o:m())
k.m = false
print(pcall(function() return o:m() end))

-- an __index function in the middle of a chain, with the object and the key
local fnidx = setmetatable({}, {__index = function(t, key)
  return function(self, x) return "fn:" .. key .. ":" .. tostring(x) end
end})
local mid = class(fnidx)
local p = setmetatable({}, mid)
print(p:anything(1), p:other(2))

-- __index as a string value: indexed in turn (through the string metatable)
local s_idx = setmetatable({}, {__index = "xyz"})
print(pcall(function() return s_idx:upper() end))
print(pcall(function() return type(s_idx.len) end))

-- a metatable without __index, a metatable whose __index is a number
print(pcall(function() return setmetatable({}, {}):nothing() end))
print(pcall(function() return setmetatable({}, {__index = 5}):nothing() end))

-- a loop of __index tables
local l1, l2 = {}, {}
setmetatable(l1, {__index = l2})
setmetatable(l2, {__index = l1})
print(pcall(function() return l1:missing() end))

-- strings: the string library, a replaced function, a replaced __index table,
-- an __index function, no __index at all
local s = "Hello"
print(s:upper(), s:sub(2, 3), ("%d"):format(7), s:len())
local saved = string.upper
string.upper = function(x) return "replaced " .. x end
print(s:upper())
string.upper = saved
local smt = getmetatable("")
local lib = smt.__index
smt.__index = setmetatable({}, {__index = lib})
print(s:upper(), s:rep(2, "-"))
smt.__index = function(str, key) return function(self) return key .. " of " .. self end end
print(s:whatever())
smt.__index = nil
print(pcall(function() return s:upper() end))
smt.__index = lib
print(s:lower())

-- other values: numbers, nil, booleans, functions
print(pcall(function() local n = 3; return n:foo() end))
print(pcall(function() local z; return z:foo() end))
print(pcall(function() local b = true; return b:foo() end))
print(pcall(function() return (print):foo() end))
