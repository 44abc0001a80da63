-- coroutine.close: an error in one pending __close goes to the next (coroutine.lua:213)
local function func2close(f) return setmetatable({}, {__close = f}) end
local x = 0
local co = coroutine.create(function()
  local y <close> = func2close(function (self,err)
    print("y got", err)
    x = 200
    error(200)
  end)
  local x <close> = func2close(function (self, err)
    print("x got", err); error(111)
  end)
  coroutine.yield()
end)
coroutine.resume(co)
print(x)
local st, msg = coroutine.close(co)
print(st, coroutine.status(co), msg, x)
