-- many finalizable tables and no collectgarbage(): each is finalized exactly once by the end
local count, seen = 0, {}
local mt = {__gc = function(o)
  count = count + 1
  if seen[o.i] then print("twice", o.i) end
  seen[o.i] = true
end}
for i = 1, 20000 do setmetatable({i = i}, mt) end
local last = setmetatable({}, {__gc = function()
  local missing = 0
  for i = 1, 20000 do if not seen[i] then missing = missing + 1 end end
  -- the ones not yet collected are finalized at the close, after this one
  print("finalized so far + missing", count + missing)
end})
collectgarbage()
print("after collect", count)
