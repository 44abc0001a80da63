local function gen(n)
  return coroutine.wrap(function()
    for i = 1, n do
      local function emit(...) coroutine.yield(i, ...) end
      emit(i * 2, "x")
    end
  end)
end
for a, b, c in gen(3) do print(a, b, c) end
-- loop locals captured fresh per iteration, yielded through a closure
local fs = {}
for i = 1, 3 do
  local j = i * 10
  fs[i] = function() j = j + 1; coroutine.yield(j); return j end
end
local co = coroutine.create(function()
  for k = 1, 3 do print("ret", fs[k]()) end
  return "done"
end)
while true do
  local ok, v = coroutine.resume(co)
  print(ok, v)
  if coroutine.status(co) == "dead" then break end
end
-- zero-parameter local function called directly
local function z() coroutine.yield("z") return 1 end
local co2 = coroutine.wrap(function() local r = z() print("z returned", r) return "end" end)
print(co2()) print(co2())
-- varargs only
local function va(...) local n = select('#', ...) coroutine.yield(n) return ... end
local co3 = coroutine.wrap(function(...) print("va", va(...)) end)
print(co3(1, 2, 3)) co3()
-- nested 3 deep, upvalue mutation
local function outer()
  local cnt = 0
  local function mid(k)
    local function inner(m) cnt = cnt + m coroutine.yield(cnt) return cnt end
    return inner(k) + inner(k)
  end
  return coroutine.wrap(function() print("mid", mid(2)) print("mid", mid(3)) end)
end
local w = outer()
for _ = 1, 5 do print(pcall(w)) end
print(debug.traceback and "tb ok")
local fs = {}
for i = 1, 3 do
  local n = i
  local function z() n = n + 10; coroutine.yield(n); return n end
  fs[i] = z
end
for i = 1, 3 do
  local co = coroutine.wrap(function() return fs[i]() end)
  print(co(), co())
end
