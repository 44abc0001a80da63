-- three levels of coroutines: statuses seen from the innermost
local a, b, c
local function show(who)
  print(who, coroutine.status(a), coroutine.status(b), coroutine.status(c))
end
c = coroutine.create(function()
  show("in c:")
  coroutine.yield("c1")
  show("in c again:")
  return "c done"
end)
b = coroutine.create(function()
  show("in b:")
  print("b resumes c:", coroutine.resume(c))
  show("b after c:")
  coroutine.yield("b1")
  print("b resumes c:", coroutine.resume(c))
  return "b done"
end)
a = coroutine.create(function()
  show("in a:")
  print("a resumes b:", coroutine.resume(b))
  print("a resumes b:", coroutine.resume(b))
  return "a done"
end)
show("main:")
print("main resumes a:", coroutine.resume(a))
show("main end:")
