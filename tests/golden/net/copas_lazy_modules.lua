-- Copas 4 as its manual shows it: the submodules load on first access through the module
-- table's __index (copas.http, copas.lock, ...), and calling the table runs the loop
local copas = require "copas"
local mt = getmetatable(copas)
print(type(mt), type(mt.__index), type(mt.__call))
for _, name in ipairs{"http", "lock", "queue", "semaphore", "timer"} do
  -- (copas.lock and copas.queue require copas.semaphore themselves)
  local m = copas[name]
  print(name, type(m), rawget(copas, name) == m, package.loaded["copas." .. name] == m)
end
print(copas.nothing, rawget(copas, "nothing"))
print(copas._VERSION, copas._COPYRIGHT)
print(copas.receivePartial == copas.receivepartial, copas.setErrorHandler == copas.seterrorhandler)
for _, f in ipairs{"addnamedthread", "addserver", "addthread", "cancelall", "close", "connect",
                   "exit", "exiting", "finished", "flush", "geterrorhandler", "getsocketname",
                   "getthreadname", "gettime", "gettimeouts", "gettraceback", "handler", "loop",
                   "pause", "pauseforever", "receive", "receivefrom", "receivepartial",
                   "removeserver", "removethread", "send", "sendto", "seterrorhandler",
                   "setsocketname", "setthreadname", "settimeout", "settimeouts", "sleep", "step",
                   "timeout", "waitforexit", "wakeup", "wrap"} do
  if type(copas[f]) ~= "function" then print("missing", f) end
end

-- copas() is copas.loop(): with an initializer, and returning when all threads are done
local lock = copas.lock.new()
local order = {}
copas(function()
  copas.addthread(function()
    assert(lock:get())
    order[#order + 1] = "a got"
    copas.pause(0.05)
    lock:release()
  end)
  copas.addthread(function()
    copas.pause(0.01)
    assert(lock:get())
    order[#order + 1] = "b got"
    lock:release()
  end)
  local q = copas.queue.new()
  q:push("item")
  order[#order + 1] = "popped " .. q:pop()
  local sema = copas.semaphore.new(2, 1)
  order[#order + 1] = "sema " .. tostring(sema:take(1)) .. " " .. sema:get_count()
  copas.timer.new({ delay = 0.02, callback = function() order[#order + 1] = "timer" end })
end)
print(table.concat(order, ", "))
print("finished", copas.finished(), copas.running)
