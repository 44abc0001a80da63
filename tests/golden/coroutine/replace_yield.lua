-- coroutine.yield and coroutine.resume replaced while coroutines use them:
-- code inside coroutines (generator versions) must see every replacement.
local real_yield, real_resume = coroutine.yield, coroutine.resume

local co = coroutine.create(function(a)
  local b = coroutine.yield(a + 1)
  coroutine.yield = function(...) print("my yield", ...) return real_yield("via mine", ...) end
  local c = coroutine.yield(b * 2)
  coroutine.yield = real_yield
  local d = coroutine.yield("restored")
  local alias = coroutine
  alias.yield = nil
  print(pcall(function() return coroutine.yield(1) end))
  alias.yield = real_yield
  return d, "done"
end)

print(coroutine.resume(co, 1))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, "c"))
print(coroutine.resume(co, "d"))
print(coroutine.resume(co))
print(coroutine.status(co))

-- resume replaced from inside a coroutine, used by an outer loop
local inner = coroutine.wrap(function()
  for i = 1, 3 do coroutine.yield(i) end
end)
local outer = coroutine.create(function()
  coroutine.resume = function(c, ...)
    print("my resume")
    coroutine.resume = real_resume
    return real_resume(c, ...)
  end
  for i = 1, 2 do coroutine.yield(inner()) end
  return "outer done"
end)
print(coroutine.resume(outer))
print(coroutine.resume(outer))
print(coroutine.resume(outer))
print(coroutine.resume(outer))

-- a chunk with its own environment, called inside and outside a coroutine
local lib_user = load("return coroutine.isyieldable(), math.pi", "=env", "t",
  { coroutine = { isyieldable = function() return "own env" end }, math = { pi = 3 } })
print(lib_user())
local g = coroutine.wrap(function() return lib_user() end)
print(g())

-- the global coroutine table removed and put back inside a coroutine
local k = coroutine.wrap(function()
  local saved = coroutine
  coroutine = nil
  local ok, err = pcall(function() return coroutine.yield(1) end)
  coroutine = saved
  coroutine.yield("back")
  return ok, err
end)
print(k())
print(k())
