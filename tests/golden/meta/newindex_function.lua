local log = {}
local t = setmetatable({}, {
  __newindex = function(tbl, k, v)
    log[#log + 1] = tostring(k) .. "=" .. tostring(v)
    rawset(tbl, k, v and v * 2)
  end,
})
t.a = 1
t.b = 2
t.a = 100 -- exists now: no metamethod
print(t.a, t.b, table.concat(log, " "))
-- read-only table
local function readonly(src)
  return setmetatable({}, {
    __index = src,
    __newindex = function(_, k) error("attempt to update read-only field " .. tostring(k), 2) end,
  })
end
local ro = readonly({ x = 1 })
print(ro.x, pcall(function() ro.x = 2 end))
print(ro.x)
-- counting assignments
local count = 0
local c = setmetatable({}, { __newindex = function(tbl, k, v) count = count + 1 rawset(tbl, k, v) end })
for i = 1, 5 do c[i] = i end
for i = 1, 5 do c[i] = -i end
print("count", count, c[5])
-- newindex with numeric keys and table.insert (raw)
local ins = setmetatable({}, { __newindex = function(t2, k, v) rawset(t2, k, v .. "!") end })
ins[1] = "x"
table.insert(ins, "y")
print(ins[1], ins[2])
