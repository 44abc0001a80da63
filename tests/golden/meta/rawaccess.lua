local mt = {
  __index = function() return "meta" end,
  __newindex = function() error("blocked") end,
  __len = function() return 99 end,
  __eq = function() return true end,
}
local t = setmetatable({}, mt)
print("t.x", t.x, "rawget", rawget(t, "x"))
rawset(t, "x", "raw")
print("after rawset", t.x, rawget(t, "x"))
print("#t", #t, "rawlen", rawlen(t))
local u = setmetatable({}, mt)
print("==", t == u, "rawequal", rawequal(t, u))
print("rawlen string", rawlen("abcd"))
print("rawset returns table", rawset(t, 1, "one") == t)
print("rawlen after", rawlen(t))
print(pcall(rawset, t, nil, 1))
print(pcall(rawlen, 5))
print(pcall(rawget, "str", 1))
