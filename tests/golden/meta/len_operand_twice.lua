-- __len, __unm and __bnot get the operand twice (luaT_callTMres), in the operator, in the
-- table library (luaL_len) and inside coroutines
local function show(...) print(select('#', ...), ...) ; return 3 end
local mt = {__len = show, __unm = show, __bnot = show}
local a = setmetatable({}, mt)
mt.__name = "A"
mt.__tostring = function() return "a" end
local _ = #a
_ = -a
_ = ~a
print(pcall(table.concat, a, ","))
print(coroutine.wrap(function() return #a end)())
print(coroutine.wrap(function() return -a end)())
local n = setmetatable({1, 2, 3, 4}, {__len = function(t, u) return rawequal(t, u) and 2 or 0 end})
print(table.unpack(n))
