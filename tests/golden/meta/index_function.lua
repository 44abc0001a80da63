local log = {}
local t = setmetatable({ real = "r" }, {
  __index = function(tbl, key)
    log[#log + 1] = tostring(key)
    if type(key) == "number" then return key * 2 end
    return "computed_" .. tostring(key)
  end,
})
print(t.real, t.foo, t[21], t[true])
print("log", table.concat(log, ","))
-- the table passed is the original table
local self_check
local u = setmetatable({}, { __index = function(tbl, k) self_check = tbl return nil end })
local _ = u.anything
print("tbl is u", self_check == u)
-- __index function returning nil/multiple values: only first is used
local m = setmetatable({}, { __index = function() return 1, 2, 3 end })
print("first only", m.x, select('#', m.x))
-- default values via __index
local counts = setmetatable({}, { __index = function() return 0 end })
for _, w in ipairs({ "a", "b", "a", "c", "a" }) do counts[w] = counts[w] + 1 end
print("counts", counts.a, counts.b, counts.c, counts.z)
