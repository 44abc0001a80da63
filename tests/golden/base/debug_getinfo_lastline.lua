-- issue 10 #14: lastlinedefined is the line of a function's `end`, also when its last
-- statement is on an earlier line
local function multi(x)
  local y = x
  print(y)

end
local function early(x)
  if x then
    return 1
  end
  return 2
end
local function vararg(a, ...)
  local n = select("#", ...)
  return n
end
for _, fn in ipairs({multi, early, vararg}) do
  local d = debug.getinfo(fn, "Su")
  print(d.linedefined, d.lastlinedefined, d.nparams, d.isvararg, d.nups)
end

