-- == and ~= compiled inline (codegen/compare.py eq_expr): each case against lua5.4
local nan = 0/0
local x = nan
local NOTHING = nil
local vals = {1, 1.0, 2^53, 2^53 + 1, math.maxinteger, math.mininteger, -0.0, 0, "1", "a", "a" .. "", true, false, nan}
local mt = {__eq = function(a, b) return a.id == b.id end}
local t1 = setmetatable({id = 1}, mt)
local t2 = setmetatable({id = 1}, mt)
local t3 = {id = 1}
local f = function() end
local co = coroutine.create(f)
vals[#vals + 1] = t1; vals[#vals + 1] = t2; vals[#vals + 1] = t3
vals[#vals + 1] = f; vals[#vals + 1] = co; vals[#vals + 1] = print

local function show(a) return type(a) == "number" and string.format("%.17g/%s", a, math.type(a)) or tostring(type(a)) end
local n = 0
for i = 1, #vals + 1 do
  for j = 1, #vals + 1 do
    local a, b = vals[i], vals[j]      -- nil at #vals + 1
    local e, ne = a == b, a ~= b
    n = n + 1
    if e then io.write(i, "=", j, " ") end
    assert(e == not ne)
    -- through calls and fields (temporaries)
    local r = {v = a}
    assert((r.v == b) == e)
    assert((b == r.v) == e)
  end
end
print()
print(n)
print(x == x, x ~= x, nan == nan, NOTHING == nil, NOTHING == x, nil == NOTHING)
print(0 == false, 1 == true, false == 0, true == 1, 0 == 0.0, 1.0 == 1, 0 == "0")
local z = 0
print(z == false, false == z, z == 0, 0 == z, 1 == z + 1)
local cnt = 0
setmetatable(t3, {__eq = function() cnt = cnt + 1; return 1 end})
print(t3 == t1, t1 == t3, t3 ~= t1, cnt)
-- the same table is equal to itself without __eq
print(t3 == t3, cnt)
-- inside a coroutine (generator version): __eq may yield
local y = setmetatable({}, {__eq = function() return coroutine.yield("in eq") end})
local w = setmetatable({}, getmetatable(y))
local c = coroutine.wrap(function() local r = (y == w); return "eq gave " .. tostring(r) end)
print(c())
print(c(false))
local function g(p, q) return p == q, p ~= q end
print(g(nil, false), g(1, 1), g("x", "x"), g(nan, nan), g(t1, t2))
