local t = setmetatable({}, {
  __pairs = function(self)
    local i = 0
    return function()
      i = i + 1
      if i <= 3 then return i, "virtual" .. i end
    end, self, nil
  end,
})
for k, v in pairs(t) do print(k, v) end
-- __pairs receives the table and its results are returned by pairs
local mt = { __pairs = function(tbl) return next, { "x", "y" }, nil end }
local u = setmetatable({ "ignored" }, mt)
for k, v in pairs(u) do print("redirected", k, v) end
-- next ignores __pairs
print("next", next(u))
-- ipairs respects __index (not __pairs)
local proxy = setmetatable({}, { __index = function(_, i) if i <= 4 then return i * 100 end end })
for i, v in ipairs(proxy) do print("ipairs proxy", i, v) end
-- pairs returns three values
local f, s, c = pairs({})
print(type(f), type(s), c)
local f2, s2, c2 = pairs(t)
print(type(f2), s2 == t, c2)
