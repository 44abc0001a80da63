-- issue 10 #5: a __call metamethod of a string called from a coroutine may yield
getmetatable("").__call = function(s, x) local y = coroutine.yield(s .. x) return y * 2 end
local key = "k"
local co = coroutine.wrap(function() local r = key(1); print("got", r); return "end" end)
print(co())
print(co(21))
debug.setmetatable(0, {__call = function(n, x) return n + coroutine.yield(x) end})
local n = 40
local co2 = coroutine.wrap(function() return n("first") end)
print(co2())
print(co2(2))
debug.setmetatable(0, nil)
