-- copas.future (Copas 4.11): get/try/cancel, pcall-style results, several waiters, the
-- callable future, named threads, and the guard against unknown fields
local copas = require "copas"
local future = copas.future
print("constants", future.SUCCESS, future.PENDING, future.ERROR)
copas.loop(function()
  local f = future.addthread(function(a, b)
    copas.pause(0.05)
    return a + b, "sum", nil
  end, 2, 3)
  print("try before", f:try())
  print("get", f:get())
  print("get again", f:get())
  print("call", f())
  print("try after", f:try())
  print("cancel done", f:cancel())

  local e = future.addthread(function() error("boom") end)
  local ok, err = e:get()
  print("error", ok, err)
  print("try error", e:try())
  local t = future.addthread(function() error({ code = 42 }) end)
  local ok2, val = t:get()
  print("table error", ok2, type(val), val.code)

  local ran = false
  local c = future.addthread(function() copas.pause(5) ran = true end)
  print("cancel", c:cancel())
  print("cancel again", c:cancel())
  print("get cancelled", c:get())
  print("try cancelled", c:try())

  local shared = future.addnamedthread("shared-task", function()
    copas.pause(0.1)
    return "shared"
  end)
  print("name", copas.getthreadname(shared.coro))
  local got = {}
  for i = 1, 3 do
    copas.addthread(function() got[i] = select(2, shared:get()) end)
  end
  copas.pause(0.3)
  print("waiters", got[1], got[2], got[3], ran)

  local running = future.addthread(function() copas.pause(0.2) return 1 end)
  copas.addthread(function()
    copas.pause(0.05)
    print("cancel while waited on", running:cancel())
  end)
  print("waited get", running:get())

  print("typo", pcall(function() return future.PNEDING end))
  print("typo2", select(2, pcall(function() return future.nope end)):match("unknown field.*"))
end)
print("done")
