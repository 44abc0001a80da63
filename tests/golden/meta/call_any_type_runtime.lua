-- __call on the string metatable and on other types' metatables (debug.setmetatable):
-- the call positions the runtime makes (pcall, xpcall, generic-for iterators, metamethods,
-- every call inside a coroutine)
local smt = getmetatable("")
smt.__call = function(s, t) return t[s] end
local key = "answer"
print(pcall(key, {answer = 45}))
print(xpcall(key, print, {answer = 46}))
print(select(2, pcall(pcall, key, {answer = 47})))
-- inside a coroutine (generator versions)
print(coroutine.wrap(function(t) local r = key(t); coroutine.yield(r); return "done" end)({answer = 49}))
local co = coroutine.create(function(t)
  local box = {k = key}
  local lit = "answer"
  coroutine.yield(box.k(t), (lit(t)))
  local function tail(x) return key(x) end
  return tail(t)
end)
print(coroutine.resume(co, {answer = 50}))
print(coroutine.resume(co))
-- generic for with a string iterator
smt.__call = function(s, st, c) c = (c or 0) + 1; if c <= #s then return c, s:sub(c, c) end end
for i, ch in "abc" do io.write(i, ch, " ") end
print()
print(coroutine.wrap(function() local out = {} for i, ch in "xy" do out[#out + 1] = ch end return table.concat(out) end)())
-- a method whose value is a string, inside a coroutine
smt.__call = function(s, self, x) return s .. ":" .. tostring(x) end
local obj = {m = "meth"}
print(coroutine.wrap(function() return obj:m(1) end)())
-- __index and __newindex are only called when they are functions
smt.__index = function(s, k) return "idx:" .. k end
print(pcall(function() return setmetatable({}, {__index = "str"}).field end))
smt.__index = string
smt.__call = nil
print(pcall(key, {}))
print(pcall(function() for i in "abc" do end end))
print(coroutine.wrap(function() return pcall(key, {}) end)())
-- numbers, booleans, nil
debug.setmetatable(0, {__call = function(n, x, c) if c then return nil end return n * (x or 1) end})
local n = 6
print(pcall(n, 8))
local f25 = 2.5
print(coroutine.wrap(function() return n(9), f25(2) end)())
for i, v in 3 do print(i, v) break end
debug.setmetatable(true, {__call = function(b, x) return not b, x end})
print(pcall(true, 1))
print(coroutine.wrap(function() local flag = false return flag("f") end)())
debug.setmetatable(nil, {__call = function(_, x) return "nil called with " .. tostring(x) end})
print(pcall(nil, 6))
print(coroutine.wrap(function() local nothing return nothing(5) end)())
debug.setmetatable(nil, nil)
print(pcall(nil, 7))
debug.setmetatable(0, nil)
debug.setmetatable(true, nil)
print(pcall(n, 1))
print(pcall(function() return coroutine.wrap(function() return n(2) end)() end))
