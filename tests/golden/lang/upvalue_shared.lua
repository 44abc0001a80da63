-- an upvalue is shared between the enclosing function and all closures
local function make()
  local count = 0
  local inc = function() count = count + 1 end
  local dec = function() count = count - 1 end
  inc(); inc(); inc(); dec()
  return count, function() return count end, inc
end
local c, get, inc = make()
print("returned value", c)
print("getter", get())
inc()
print("after inc", get())

-- closing over a variable that goes out of scope
local fns = {}
do
  local secret = "s1"
  fns.read = function() return secret end
  fns.write = function(v) secret = v end
end
print(fns.read())
fns.write("s2")
print(fns.read())

-- upvalue of upvalue
local function lvl1()
  local v = 1
  return function()
    return function()
      v = v * 2
      return v
    end
  end
end
local deep = lvl1()()
print("deep", deep(), deep(), deep())

-- shadowed variable
local s = "outer"
local function show() return s end
do
  local s = "inner"
  print("shadowed", s, show())
end
s = "changed"
print("after change", show())
