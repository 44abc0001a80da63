local function res(name)
  return setmetatable({ name = name }, {
    __close = function(self, err)
      print("__close", self.name, "err:", err == nil and "nil" or tostring(err))
    end,
  })
end
do
  local a <close> = res("A")
  local b <close> = res("B")
end
-- closed when a function errors, in reverse order, then the error propagates
print(pcall(function()
  local x <close> = res("X")
  local y <close> = res("Y")
  error("E", 0)
end))
-- __close receives exactly the value and the error
local got
do
  local r <close> = setmetatable({}, { __close = function(...) got = select('#', ...) end })
end
print("args on normal exit", got)
-- a value closed twice? No: each variable closed once
local count = 0
local function f()
  local c <close> = setmetatable({}, { __close = function() count = count + 1 end })
  for i = 1, 3 do
    local d <close> = setmetatable({}, { __close = function() count = count + 10 end })
  end
end
f()
print("count", count)
-- __close metamethod on a callable table
local callable = setmetatable({}, { __call = function(_, obj, e) print("callable closer", obj.tag) end })
do
  local w <close> = setmetatable({ tag = "T" }, { __close = callable })
end
