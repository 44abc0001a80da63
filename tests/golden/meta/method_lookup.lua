-- obj:m() lookups: own field, class via __index table, deeper chains,
-- __index functions (called once per lookup), missing methods, false/nil fields.
local calls = 0
local Base = {}; Base.__index = Base
function Base:hello() return "base hello " .. self.n end
function Base:who() return "base" end
local Mid = setmetatable({}, {__index = Base}); Mid.__index = Mid
function Mid:who() return "mid" end
local Top = setmetatable({}, {__index = Mid}); Top.__index = Top
local o = setmetatable({n = 1}, Top)
print(o:who(), o:hello())
o.who = function() return "own" end
print(o:who())
o.who = nil
print(o:who())
local f = setmetatable({n = 2}, {__index = function(t, k) calls = calls + 1; return function(self) return k .. self.n end end})
print(f:anything(), f:other(), calls)
local g = setmetatable({}, {__index = {m = false}})
print(pcall(function() return g:m() end))
print(pcall(function() return o:missing() end))
local mt = {__index = {x = function() return "x" end}}
local h = setmetatable({}, mt)
print(h:x())
mt.__index = {x = function() return "y" end}
print(h:x())
mt.__index = nil
print(pcall(function() return h:x() end))
-- a class whose metatable's __index is the class itself
local C = {}
C.__index = C
function C.new(v) return setmetatable({v = v}, C) end
function C:get() return self.v end
local s = 0
for i = 1, 100 do s = s + C.new(i):get() end
print(s)
-- strings have methods through their metatable
print(("abc"):upper(), ("x"):rep(3, ","))
-- a parent class whose own __index is a function, and a parent without __index
local P = setmetatable({}, {__index = function(_, k) return function() return "fn:" .. k end end})
P.__index = P
local K = setmetatable({}, P); K.__index = K
local kobj = setmetatable({}, K)
print(kobj:anything())
local Q = setmetatable({}, {})
local kq = setmetatable({}, {__index = Q})
print(pcall(function() return kq:nothing() end))
-- a method found on the parent, then shadowed on the class
local Parent = {}; Parent.__index = Parent
function Parent:name() return "parent" end
local Child = setmetatable({}, Parent); Child.__index = Child
local ch = setmetatable({}, Child)
print(ch:name())
function Child:name() return "child" end
print(ch:name())
