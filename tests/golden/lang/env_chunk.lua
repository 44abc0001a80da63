-- a whole chunk with a custom _ENV
local print, setmetatable, tostring, rawset, type = print, setmetatable, tostring, rawset, type
local log = {}
local _ENV = setmetatable({}, {
  __index = function(t, k) log[#log + 1] = "get " .. k; return nil end,
  __newindex = function(t, k, v)
    log[#log + 1] = "set " .. k .. "=" .. (type(v) == "function" and "<function>" or tostring(v))
    rawset(t, k, v)
  end,
})
a = 1
b = a
c = undefinedthing
a = 2
function fn() return 1 end
local r = fn()
for i = 1, #log do print(log[i]) end
print("a b c", a, b, c, r)
