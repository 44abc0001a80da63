-- string.dump and loading its binary chunks: a new closure with fresh upvalues, the
-- first one the environment given to load
local x; XX = 123
local function h ()
  local y = x   -- 'x' becomes the first upvalue, _ENV the second
  return XX
end
local d = string.dump(h)
print(type(d), d:sub(1, 4) == "\27Lua")
local g = load(d, "", "b")
print(debug.getupvalue(g, 1), (debug.getupvalue(g, 2)))
debug.setupvalue(g, 2, _G)
print(g())
print(load(string.dump(function () return 10, '\0alo\255', 'hi' end))())
local a, b = 20, 30
g = load(string.dump(function (x)
  if x == "set" then a = 10 + b; b = b + 1 else
  return a
  end
end), "", "b", nil)
print(g())
print(debug.setupvalue(g, 1, "hi"), g())
print(debug.setupvalue(g, 2, 13), debug.setupvalue(g, 3, 10))
g("set") print(g())
-- a main chunk's first upvalue is _ENV: the globals, or load's env
d = string.dump(load("x = 1; return x"))
print(load(d, nil, "b")(), _G.x)
local env = {}
print(load(d, nil, "b", env)(), env.x)
print(load(d, nil, "t"))
print(load("return 1", nil, "b"))
-- nested functions
local nest = string.dump(load("return function (x) return function (y) return x + y end end"))
print(load(nest)()(2)(3))
-- stripped: no debug information
local f = function (a) return a + 1 end
f = assert(load(string.dump(f, true)))
print(f(3), pcall(f, {}))
print(pcall(load(string.dump(function () local a; a = {}; return a + 2 end, true))))
print(pcall(load(string.dump(function () error("x") end, true))))
print(debug.getinfo(f, "S").source, debug.getinfo(load(string.dump(h)), "S").short_src)
-- the header is checked; every truncation is seen
local c = string.dump(function () return 1 end)
for i = 2, 31 do
  local s = c:sub(1, i - 1) .. string.char((c:byte(i) + 1) % 256) .. c:sub(i + 1)
  local ok, msg = load(s)
  io.write(msg:match("%((.*)%)"), i < 31 and ", " or "\n")
end
local truncated = 0
for i = 1, #c - 1 do
  local ok, msg = load(c:sub(1, i))
  if not ok and msg:find("truncated chunk") then truncated = truncated + 1 end
end
print(truncated == #c - 1, (load(c:sub(1, 10), "=mine")))
print(select(2, load(c:sub(1, 10), "=mine")), select(2, load(c:sub(1, 10), "@file.lua")))
-- a yielding function loaded from a binary chunk runs in a coroutine
local co = coroutine.wrap(load(string.dump(function (...) coroutine.yield(...) return "done" end)))
print(co(1, 2), co())
-- a binary chunk in a file, after a '#' line
local name = os.tmpname()
local fh = io.open(name, "wb")
fh:write("#a comment\0\n", string.dump(function () return 20, '\0\0\0' end))
fh:close()
local r1, r2 = assert(loadfile(name))()
print(r1, #r2)
print(loadfile(name, "t"))
os.remove(name)
