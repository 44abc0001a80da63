-- a finalizer that marks its table again (a progress tracer): at exit lua5.4 calls it
-- once more and marks nothing after that (lua_close)
local mt = {}
local n = 0
function mt.__gc(o)
  n = n + 1
  io.write("gc ", n, "\n")
  setmetatable(o, mt)
end
setmetatable({}, mt)
collectgarbage()
collectgarbage()
print("done")
