-- a chunk compiled by load() can yield when run in a coroutine
local chunk = assert(load([[
  local a, b = ...
  local got = coroutine.yield("chunk got " .. a .. " and " .. b)
  local sum = 0
  for i = 1, 3 do sum = sum + coroutine.yield(i) end
  return "chunk finished", got, sum
]], "=mychunk"))
local co = coroutine.create(chunk)
print(coroutine.resume(co, "A", "B"))
print(coroutine.resume(co, "answer"))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 20))
print(coroutine.resume(co, 30))
-- errors in a loaded chunk carry the chunk name
local bad = load("coroutine.yield(1) error('in chunk')", "=badchunk")
local w = coroutine.wrap(bad)
print(w())
print(pcall(w))
-- load with a reader function that yields: reader is called from C
local co2 = coroutine.create(function()
  local parts = { "return ", "1 + ", "2" }
  local i = 0
  local f, err = load(function()
    i = i + 1
    if i == 2 then coroutine.yield("reader yield") end
    return parts[i]
  end)
  return f and f() or err
end)
print(coroutine.resume(co2))
