-- coroutine.create returns a thread; nothing runs until the first resume
local ran = false
local co = coroutine.create(function() ran = true return "done" end)
print("type:", type(co))
print("ran before resume:", ran)
print("status before:", coroutine.status(co))
print("resume:", coroutine.resume(co))
print("ran after resume:", ran)
print("status after:", coroutine.status(co))
-- two coroutines from the same function are distinct
local function f() return 1 end
local a, b = coroutine.create(f), coroutine.create(f)
print("distinct:", a ~= b, a == a)
-- a coroutine can be used as a table key
local t = {}
t[a] = "A"; t[b] = "B"
print("keys:", t[a], t[b])
-- create from a C function
local cp = coroutine.create(print)
print("resume print:", coroutine.resume(cp, "hello", "from", "print"))
local cs = coroutine.create(string.rep)
print("resume string.rep:", coroutine.resume(cs, "ab", 3, "-"))
