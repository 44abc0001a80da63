print(pcall(function() return 1, 2, 3 end))
print(pcall(function(...) return select('#', ...) end, nil, nil))
print(pcall(error, "msg", 0))
print(pcall(pcall, error, "nested"))
print(pcall(function() local ok, e = pcall(error, "inner", 0) error("outer: " .. e, 0) end))
-- xpcall with a handler that receives the message
print(xpcall(function() error("bad", 0) end, function(m) return "handled: " .. m end))
print(xpcall(function() return "fine", 2 end, print))
print(xpcall(function(a, b) return a + b end, print, 3, 4))
-- handler result replaces the error (only first value)
print(xpcall(function() error({ code = 5 }) end, function(e) return e.code * 2, "ignored" end))
-- handler sees the message with position
print(xpcall(function() local t = nil; return t.x end, function(m) return "H:" .. m end))
-- error in handler
print(xpcall(function() error("first") end, function() error("in handler") end))
-- pcall of a non-function
print(pcall(42))
print(pcall({}))
-- pcall with no args
print(pcall(pcall))
-- error objects pass through untouched
local obj = {}
local ok, e = pcall(function() error(obj) end)
print(ok, e == obj)
