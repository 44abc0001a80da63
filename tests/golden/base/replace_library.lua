-- Replacing standard library functions and tables in every way Lua allows:
-- each call site must see the function the lookup would find at that moment.
local function show(...) local t = {...} for i = 1, select("#", ...) do t[i] = tostring(t[i]) end io.write(table.concat(t, " "), "\n") end

-- 1. a global function replaced, then restored
local real_print = print
print = function(...) io.write("[mine] ", ...) io.write("\n") end
print("a")
print = real_print
print("b")

-- 2. a library field replaced with a field store, then restored
local real_floor = math.floor
function math.floor(x) return "floor(" .. x .. ")" end
show(math.floor(2.5))
math.floor = real_floor
show(math.floor(2.5))

-- 3. through an alias of the library table
local m = math
m.sqrt = function(x) return "sqrt!" end
show(math.sqrt(4))
m.sqrt = nil
show(pcall(function() return math.sqrt(4) end))

-- 4. a dynamic key (string built at run time), and rawset
local name = "ma" .. "x"
math[name] = function() return "max!" end
show(math.max(1, 2))
rawset(math, "max", function() return "rawmax" end)
show(math.max(1, 2))
rawset(_G, "type", function() return "rawtype" end)
show(type(1))

-- 5. the whole library table replaced, through _G and as a global
local realstring = string
_G.string = { format = function(f, ...) return "fmt:" .. f end, rep = realstring.rep }
show(string.format("%d", 5), string.rep("x", 3))
string = setmetatable({}, { __index = realstring })
show(string.format("%d", 7), string.upper("up"))
string = realstring
show(string.format("%d", 9))

-- 6. __newindex table leading into a library table
local proxy = setmetatable({}, { __newindex = table })
proxy.concat = function() return "proxied concat" end
show(table.concat({ "a", "b" }))
table.concat = nil
rawset(table, "concat", nil)
print(pcall(table.concat, { "a" }))

-- 7. a library removed: the error names the global
local saved = os
os = nil
print(pcall(function() return os.time() end))
os = saved
print(type(os.time()))

-- 8. another environment: load with an env table, and a local _ENV
local env = { math = { abs = function() return "env abs" end }, tostring = tostring }
local f = load("return math.abs(-1), tostring(nil)", "chunk", "t", env)
print(f())
do
  local _ENV = { print = real_print, math = { abs = function() return "local env abs" end } }
  print(math.abs(-3))
end
print(math.abs(-4))

-- 9. pairs over a library table after stores, and the same value stored back
string.format = string.format
local n = 0
for k in pairs(coroutine) do n = n + 1 end
print("coroutine fields", n)
print(string.format("%5.1f|", 3.14159))

-- 10. a function replacing itself while being called
local calls = 0
local real_select = select
select = function(...)
  calls = calls + 1
  select = real_select
  return "first"
end
print(select("#", 1, 2), select("#", 1, 2), calls)
