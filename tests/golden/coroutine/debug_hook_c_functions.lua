-- call and return hooks see library functions (lua5.4's C functions) too
local trace = {}
local function hook(event)
  local info = debug.getinfo(2, "S")
  trace[#trace + 1] = event .. ":" .. info.what
end
local function f(x) return x + 1 end
debug.sethook(hook, "cr")
local a = math.abs(-1)
local ok = pcall(f, 1)
local s = string.gsub("ab", ".", function(c) return c end)
local t = {3, 1, 2}
table.sort(t, function(x, y) return x < y end)
f(2)
debug.sethook()
print(table.concat(trace, " "))

-- a hook on a coroutine sees coroutine.yield called and returning
local co = coroutine.create(function (x)
  local y = coroutine.yield(x + 1)
  local z = coroutine.yield(y * 2)
  return z
end)
trace = {}
debug.sethook(co, function(e, l) trace[#trace + 1] = l and (e .. l) or e end, "clr")
print(coroutine.resume(co, 1))
print(coroutine.resume(co, 5))
print(coroutine.resume(co, 7))
print(table.concat(trace, " "))

