local store = {1, 2, 3}
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get" .. k; return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "set" .. k; store[k] = v end,
  __len = function() return #store end,
})
table.insert(proxy, 4)
print("insert", table.concat(store, ","), table.concat(log, " "))
log = {}
table.insert(proxy, 1, 0)
print("insert front", table.concat(store, ","), table.concat(log, " "))
log = {}
print("remove", table.remove(proxy, 2), table.concat(store, ","), table.concat(log, " "))
log = {}
print("concat", table.concat(proxy, "-"), table.concat(log, " "))
log = {}
print("unpack", table.unpack(proxy))
table.sort(proxy, function(a, b) return a > b end)
print("sorted", table.concat(store, ","))
local ten = setmetatable({}, {__index = function(_, k) return k * 10 end, __len = function() return 4 end})
print("virtual", table.concat(ten, ","), table.unpack(ten))
print("bad len", pcall(table.unpack, setmetatable({}, {__len = function() return 2.5 end})))
print("float len", table.unpack(setmetatable({7, 8, 9}, {__len = function() return 2.0 end})))
