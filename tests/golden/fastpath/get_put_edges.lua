-- Edges of the compiled table reads and stores (L_get, L_put, L_putk):
-- every receiver type, boolean / float / nil / NaN keys, __index and
-- __newindex (tables and functions), present keys on objects with a
-- metatable, watched library keys stored through a dynamic key, nil
-- values deleting, and the error messages naming the variable.
local function try(f, ...)
  local ok, err = pcall(f, ...)
  print(ok, ok and "" or err)
end

local t = {10, 20, x = 1}
t[true] = "T"; t[false] = "F"
local k = true
print(t[k], t[not k], t[1.0], t[2], t[3], t.x, t.y)
local fk = 2.0
print(t[fk], t[2^53])

-- reads through __index tables and functions, and a miss
local base = {a = "base-a"}
local mid = setmetatable({b = "mid-b"}, {__index = base})
local obj = setmetatable({c = "own-c"}, {__index = mid})
print(obj.a, obj.b, obj.c, obj.d)
local fobj = setmetatable({}, {__index = function(tt, key) return "fn:" .. tostring(key) end})
print(fobj.zz, fobj[1], fobj[true])

-- stores: plain, present key with __newindex, absent key with __newindex
local log = {}
local watched = setmetatable({present = 1}, {__newindex = function(tt, key, v)
  log[#log + 1] = tostring(key) .. "=" .. tostring(v); rawset(tt, key, v)
end})
watched.present = 2            -- present: raw store, no __newindex
watched.absent = 3             -- absent: __newindex
local dk = "dyn"
watched[dk] = 4                -- dynamic key, absent: __newindex
watched[dk] = 5                -- now present: raw
print(watched.present, watched.absent, watched.dyn, table.concat(log, " "))

-- __newindex as a table
local sink = {}
local proxy = setmetatable({}, {__newindex = sink})
proxy.q = 1
local pk = "r"
proxy[pk] = 2
print(rawget(proxy, "q"), sink.q, sink.r)

-- nil values delete; nil through a dynamic key
local d = {a = 1, b = 2}
local nv = nil
d.a = nv
local bk = "b"
d[bk] = nv
print(d.a, d.b, next(d))

-- float, boolean and NaN keys through a dynamic key
local s = {}
local keys = {1.0, 2.5, true, false, "s", 3}
for i = 1, #keys do s[keys[i]] = i end
print(s[1], s[2.5], s[true], s[false], s.s, s[3], math.type(next({[1.0] = 1})))
try(function() local nan = 0/0; s[nan] = 1 end)
try(function() local nk = nil; s[nk] = 1 end)

-- a watched library name through a dynamic key replaces the function
local name = "upper"
local saved = string.upper
string[name] = function(x) return "UP:" .. x end
print(("abc"):upper(), string.upper("x"))
string[name] = saved
print(("abc"):upper())

-- reads and stores on other types
try(function() local n = nil; return n.x end)
try(function() local n = 5; return n.x end)
try(function() local n = nil; n.x = 1 end)
try(function() local b = true; b[1] = 1 end)
try(function() local str = "abc"; return str.len end)
print(("abc").len == string.len, ("abc")[1], #("abc"))
local up = {inner = {v = 7}}
print(up.inner.v)
try(function() return up.missing.v end)
try(function() up.missing.v = 1 end)

-- evaluation order: the key changes the local table
local tt = {name = "first"}
local function swap() tt = {name = "second"}; return "name" end
print(tt[swap()])
local t2 = {}
local function swap2() t2 = {}; return 1 end
t2.v = swap2()
print(t2.v)
