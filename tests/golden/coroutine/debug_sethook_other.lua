-- a hook set on another coroutine (debug.sethook(co, ...)): its calls, lines and returns across yields
local co = coroutine.create(function ()
  local function inner() return 1 end
  inner()
  coroutine.yield(10)
  inner()
  return 20;
end)
local trace = {}
debug.sethook(co, function(ev, line)
  local info = debug.getinfo(2, "S")
  if info.what ~= "C" then trace[#trace + 1] = ev .. ":" .. (line or info.linedefined) end
end, "clr")
repeat until not coroutine.resume(co)
print(table.concat(trace, " "))
