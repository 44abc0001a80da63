-- debug.getinfo's isvararg and getlocal's varargs (negative indices) of a vararg function
-- whose upvalues the compiler passes as keyword-only defaults (here: a local function
-- captured by a function defined in a chunk that also has a backward goto; found by the
-- differential fuzzer, seed 9003358)
local function show(...) return select("#", ...) end
do
  local function gi(a1, a2, ...)
    local n = show(...)
    return n, debug.getlocal(1, -1), debug.getlocal(1, -2), debug.getlocal(1, -3)
  end
  local function plain(a1, a2)
    return show(a1, a2)
  end
  local i = debug.getinfo(gi, "u")
  print(i.isvararg, i.nparams, i.nups)
  i = debug.getinfo(plain, "u")
  print(i.isvararg, i.nparams, i.nups)
  print(gi(1, 2, "x", "y"))
  print(gi(1))
end
do
  local k = 0
  local fs = {}
  ::top::
  local v = k * 2
  fs[#fs + 1] = function() return v end
  k = k + 1
  if k < 3 then goto top end
  for j = 1, #fs do print(fs[j]()) end
end
