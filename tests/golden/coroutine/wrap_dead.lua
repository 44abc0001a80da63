-- calling a dead wrapped coroutine is an error
local w = coroutine.wrap(function() return "only once" end)
print(w())
print(pcall(w))
print(pcall(w))
-- after an error the wrapped coroutine is dead too
local w2 = coroutine.wrap(function() error("first call fails") end)
print(pcall(w2))
print(pcall(w2))
-- the message without pcall position info (error level)
local ok, msg = pcall(w)
print(type(msg), msg)
