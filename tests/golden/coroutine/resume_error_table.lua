-- error values that are tables come back unchanged
local errobj = { code = 17, msg = "custom" }
local co = coroutine.create(function()
  coroutine.yield()
  error(errobj)
end)
coroutine.resume(co)
local ok, e = coroutine.resume(co)
print("ok:", ok)
print("same table:", e == errobj)
print("fields:", e.code, e.msg)
-- table with __tostring as error value
local mt = { __tostring = function(self) return "E<" .. self.n .. ">" end }
local co2 = coroutine.create(function() error(setmetatable({ n = 9 }, mt)) end)
local ok2, e2 = coroutine.resume(co2)
print("ok2:", ok2, "type:", type(e2), "tostring:", tostring(e2))
-- error with level 2 and a table ignores level
local co3 = coroutine.create(function() error({ "x" }, 2) end)
local ok3, e3 = coroutine.resume(co3)
print("ok3:", ok3, e3[1])
