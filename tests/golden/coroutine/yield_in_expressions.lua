-- yield used inside expressions, argument lists and table constructors
local co = coroutine.wrap(function()
  local t = { coroutine.yield("ctor") }
  print("constructor got", #t, t[1], t[2], t[3])
  local s = 1 + coroutine.yield("arith") * 2
  print("arith", s)
  print("args", select("#", coroutine.yield("args")), "after")
  local u = { first = coroutine.yield("field"), coroutine.yield("list") }
  print("fields", u.first, u[1])
  local str = "<" .. coroutine.yield("concat") .. ">"
  print("concat", str)
  if coroutine.yield("cond") then print("cond true") else print("cond false") end
  return "end"
end)
print(co())
print(co("a", "b", "c"))
print(co(20))
print(co(1, 2, 3, 4))
print(co("F"))
print(co("L"))
print(co("mid"))
print(co(false))
