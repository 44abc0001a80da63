-- __call on the string metatable and on other types' metatables (debug.setmetatable)
local smt = getmetatable("")
smt.__call = function(s, t) return t[s] end
local key = "answer"
print(key({answer = 42}))                      -- plain call of a local
local lit = "answer"
print(lit({answer = 43}))                      -- call of another local
local box = {k = "answer"}
print(box.k({answer = 44}))                    -- call of a field
print(pcall(key, {answer = 45}))               -- pcall
print(xpcall(key, print, {answer = 46}))       -- xpcall
local function tail(t) return key(t) end       -- tail call
print(tail({answer = 47}))
print(select(2, pcall(function() return key({answer = 48}) end)))
-- inside a coroutine (generator versions)
print(coroutine.wrap(function(t) local r = key(t); coroutine.yield(r); return "done" end)({answer = 49}))
local co = coroutine.create(function(t) coroutine.yield(key(t)) end)
print(coroutine.resume(co, {answer = 50}))
-- generic for with a string iterator
smt.__call = function(s, st, c) c = (c or 0) + 1; if c <= #s then return c, s:sub(c, c) end end
for i, ch in "abc" do io.write(i, ch, " ") end
print()
print(coroutine.wrap(function() local out = {} for i, ch in "xy" do out[#out + 1] = ch end return table.concat(out) end)())
-- method call whose method is a string
smt.__call = function(s, self, x) return s .. ":" .. tostring(x) end
local obj = {m = "meth"}
print(obj:m(1))
smt.__call = nil
print(pcall(key, {}))
print(pcall(function() return key({}) end))
print(pcall(function() for i in "abc" do end end))
-- numbers, booleans, nil, functions
debug.setmetatable(0, {__call = function(n, x) return n * x end})
local n = 6
print(n(7), pcall(n, 8))
print(coroutine.wrap(function() return n(9) end)())
debug.setmetatable(true, {__call = function(b, x) return not b, x end})
print(pcall(true, 1))
local flag = false
print(flag("f"))
debug.setmetatable(nil, {__call = function(_, x) return "nil called with " .. tostring(x) end})
local nothing
print(nothing(5))
print(pcall(nil, 6))
debug.setmetatable(nil, nil)
print(pcall(nothing, 7))
debug.setmetatable(0, nil)
debug.setmetatable(true, nil)
print(pcall(n, 1))
