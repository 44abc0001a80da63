-- a chain of __call tables: each handler gets the object before it as its first argument
-- (calls.lua's "chains of '__call'"); a long chain must not nest Python calls
local N = 20
local u = table.pack
for i = 1, N do
  u = setmetatable({i}, {__call = u})
end
local Res = u("a", "b", "c")
print(Res.n, Res[1][1], Res[N][1], Res[N+1], Res[N+3])
local f = function(...) return select('#', ...) end
for i = 1, 150 do f = setmetatable({}, {__call = f}) end
print(f(1,2))
-- a chain ending in a table without __call
local t = setmetatable({}, {__call = setmetatable({}, {})})
print(pcall(t, 1))
-- the chain as a tail call inside a coroutine
local n = 2000
local function foo() if n == 0 then return 1023 else n = n - 1; return foo() end end
for i = 1, 100 do foo = setmetatable({}, {__call = foo}) end
print(coroutine.wrap(function() return foo() end)())
