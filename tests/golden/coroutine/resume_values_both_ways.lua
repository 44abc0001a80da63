-- values flow main -> coroutine through resume and back through yield
local co = coroutine.create(function(a)
  print("co got", a)
  local b = coroutine.yield(a * 2)
  print("co got", b)
  local c, d = coroutine.yield(b .. "!", "second")
  print("co got", c, d)
  return "end", c + d
end)
print("main got", coroutine.resume(co, 5))
print("main got", coroutine.resume(co, "hi"))
print("main got", coroutine.resume(co, 3, 4))
print("status", coroutine.status(co))
