-- Addresses print as C's "%p" does (glibc: 0x and the hex digits, no padding)
local function form(s, prefix)
  return s:match("^" .. prefix .. "0x[1-9a-f][0-9a-f]*$") ~= nil
end
print(form(tostring({}), "table: "))
print(form(tostring(print), "function: "))
print(form(tostring(function() end), "function: "))
print(form(tostring(coroutine.create(print)), "thread: "))
print(form(string.format("%p", {}), ""))
print(form(string.format("%p", "a string"), ""))
print(string.format("%p", 42), string.format("%p", nil), string.format("%p", true))
print(form(tostring(setmetatable({}, {__name = "MyType"})), "MyType: "))
