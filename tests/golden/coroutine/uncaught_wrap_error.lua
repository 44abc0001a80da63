-- an error in a wrapped coroutine called at top level ends the program
local gen = coroutine.wrap(function()
  coroutine.yield("first value")
  error("generator exploded")
end)
print(gen())
print("about to call again")
print(gen())
print("not reached")
