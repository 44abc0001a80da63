-- __index function as a method dispatcher
local obj = setmetatable({}, {
  __index = function(_, name)
    return function(self, ...) return name .. "(" .. table.concat({ ... }, ",") .. ")" end
  end,
})
print(obj:foo(1, 2))
print(obj:bar())
print(obj.baz(obj, "x"))
-- __index returning false
local f = setmetatable({}, { __index = function() return false end })
print(f.anything, f[1])
