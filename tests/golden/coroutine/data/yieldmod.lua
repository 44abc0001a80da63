-- helper module for require_module_yield.lua: its functions yield
local M = {}
function M.counter(n)
  for i = 1, n do coroutine.yield("mod " .. i) end
  return "mod counted " .. n
end
function M.ask(question)
  local answer = coroutine.yield("question: " .. question)
  return "answer was " .. tostring(answer)
end
function M.fail()
  coroutine.yield("before failure")
  error("module failure")
end
return M
