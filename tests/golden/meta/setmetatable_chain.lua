-- setmetatable returns the table, enabling fluent construction
local Base = { hello = function() return "hi from base" end }
local obj = setmetatable(setmetatable({}, { __index = setmetatable({ mid = true }, { __index = Base }) }), nil)
print(getmetatable(obj), obj.hello)
local obj2 = setmetatable({}, { __index = setmetatable({ mid = true }, { __index = Base }) })
print(obj2.mid, obj2.hello())
-- changing the metatable of an object changes its behaviour
local A = { __index = { who = "A" } }
local B = { __index = { who = "B" } }
local o = setmetatable({}, A)
print(o.who)
setmetatable(o, B)
print(o.who)
