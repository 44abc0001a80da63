-- debug.sethook: line, call/return and count hooks; debug.gethook
local lines = {}
local function f(x)
  local y = x + 1
  return y * 2
end
debug.sethook(function(ev, line)
  lines[#lines + 1] = ev .. ":" .. tostring(line)
end, "l")
local a = f(1)
for i = 1, 2 do
  a = a + i
end
debug.sethook()
print(table.concat(lines, " "))
print(debug.gethook())
local evs = {}
debug.sethook(function(ev)
  local info = debug.getinfo(2, "Sn")
  if info.what ~= "C" then evs[#evs + 1] = ev .. ":" .. tostring(info.name) .. ":" .. info.linedefined end
end, "cr")
f(3)
debug.sethook()
print(table.concat(evs, " "))
local n = 0
debug.sethook(function(ev) n = n + 1 end, "", 1)
for i = 1, 100 do local _ = i * 2 end
debug.sethook()
print(n > 10)
local h, m, c = (function() debug.sethook(tostring, "lcr", 5); return debug.gethook() end)()
debug.sethook()
print(h == tostring, m, c)
local function one() return 1 end
local got = {}
debug.sethook(function(ev, line) got[#got + 1] = ev .. (line and (":" .. line) or "") end, "l")
one()
local t = {}
for k = 1, 3 do
  t[k] = one()
end
debug.sethook()
print(table.concat(got, " "))
-- the hook's level 2 is the function that raised the event
local seen = {}
debug.sethook(function(ev, line)
  local info = debug.getinfo(2, "Sl")
  seen[#seen + 1] = info.short_src:match("[^/]*$") .. ":" .. info.currentline .. "=" .. line
end, "l")
f(5)
debug.sethook()
print(table.concat(seen, " "))
print(pcall(debug.sethook, f))
print(pcall(debug.sethook, 1, "l"))
