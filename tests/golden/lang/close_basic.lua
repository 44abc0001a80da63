local function closer(name)
  return setmetatable({ name = name }, {
    __close = function(self, err) print("close", self.name, err) end,
  })
end

do
  local a <close> = closer("a")
  print("in block")
end
print("after block")

-- reverse order of closing
do
  local x <close> = closer("x")
  local y <close> = closer("y")
  local z <close> = closer("z")
  print("three declared")
end

-- closed on return
local function f()
  local r <close> = closer("r")
  return "ret value"
end
print(f())

-- values returned are computed before close
local function g()
  local t = { v = 1 }
  local c <close> = setmetatable({}, { __close = function() t.v = 2 end })
  return t.v, t
end
local v, t = g()
print("returned before close", v, t.v)

-- nil and false are allowed
do
  local n <close> = nil
  local f2 <close> = false
  print("nil and false ok")
end

-- a non-closable value is an error
print(pcall(function() local bad <close> = {} end))
print(pcall(function() local bad <close> = 42 end))
-- <close> variables are constant
print(load("local c <close> = nil; c = 1"))
