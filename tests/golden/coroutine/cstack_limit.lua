-- lua5.4 limits nested C calls (LUAI_MAXCCALLS, 200): coroutines resumed inside
-- coroutines, protected calls and library callbacks count; the resume that would pass
-- the limit fails with "C stack overflow" (and the coroutine stays suspended)
local depth = 0
local function nest()
  depth = depth + 1
  local co = coroutine.create(nest)
  local ok, err = coroutine.resume(co)
  if not ok then error(err, 0) end
end
local co = coroutine.create(nest)
print(coroutine.resume(co))
print(depth)

depth = 0
print(pcall(nest)); print(depth)
depth = 0
print(pcall(pcall, nest)); print(depth)

-- the failed resume leaves the coroutine as it was
local last
local function keep()
  local c = coroutine.create(function() coroutine.yield(1) end)
  last = c
  local ok, err = coroutine.resume(coroutine.create(keep))
  if not ok then error(err, 0) end
end
print(pcall(keep))
print(coroutine.status(last))

-- wrap adds the caller's position to the error, at every level
local n = 0
local w
w = function() n = n + 1; coroutine.wrap(w)() end
local ok, msg = pcall(w)
print(ok, n, select(2, string.gsub(msg, "cstack_limit.lua:%d+: ", "")), string.match(msg, "C stack overflow$"))

-- a resumed coroutine that resumes the one that suspended before it
local count = 0
local function body()
  coroutine.yield()
  local f = coroutine.wrap(body)
  f()
  count = count + 1
  f()
end
local f = coroutine.wrap(body)
f()
ok, msg = pcall(f)
print(ok, count, string.match(msg, "C stack overflow$"))

-- a gsub callback that calls gsub again
count = 0
local function foo()
  count = count + 1
  string.gsub("a", ".", foo)
end
ok, msg = pcall(foo)
print(ok, msg, count)

-- pcall after pcall: each level one deeper
count = 0
local function pc() count = count + 1; return pcall(pc) end
print(pc(), count)

-- a message handler that overflows the stack again: "error in error handling"
local function loop() return 1 + loop() end
print(xpcall(loop, loop))
print(select("#", xpcall(loop, function(m) return string.match(m, "stack overflow$") end)),
      xpcall(loop, function(m) return string.match(m, "stack overflow$") end))
