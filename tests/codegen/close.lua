-- `local x <close>` runs the rest of its block in a try that closes x on every
-- exit; a generic for closes its fourth value.
local function closer(name)
  return setmetatable({}, {__close = function(_, err) print("close", name, err) end})
end
do
  local a <close> = closer("a")
  local b <close> = closer("b")
  print("body")
end
print(pcall(function()
  local c <close> = closer("c")
  error("boom", 0)
end))
local function iter(s, i) if i < 2 then return i + 1 end end
for i in iter, nil, 0, closer("for") do print("i", i) end
