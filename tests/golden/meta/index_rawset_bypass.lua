local log = {}
local t = setmetatable({}, {
  __newindex = function(tbl, k, v) log[#log + 1] = k rawset(tbl, k, v) end,
  __index = function(tbl, k) log[#log + 1] = "miss " .. k return nil end,
})
rawset(t, "a", 1)
t.b = 2
local _ = rawget(t, "zz")
local _ = t.yy
print(t.a, t.b, table.concat(log, ","))
-- rawset does not trigger __newindex even for new keys
rawset(t, "c", 3)
print("log size", #log)
-- rawget does not trigger __index
print(rawget(t, "nothing"), #log)
