local sandbox = { print = print, x = 10 }
local code = [[
  y = x * 2
  print("inside sandbox", x, y, tostring)
  return y
]]
local f = load(code, "=sandbox", "t", sandbox)
print("result", f())
print("sandbox.y", sandbox.y, "global y", y)
-- _ENV inside loaded chunk
local g = load("return _ENV", "=e", "t", sandbox)
print("_ENV is sandbox", g() == sandbox)
-- loaded chunk without env uses globals
GLOBAL_FOR_LOAD = "visible"
print(load("return GLOBAL_FOR_LOAD")())
-- env can be nil: globals become inaccessible
local h = load("return print", "=nil env", "t", nil)
print(pcall(h))
