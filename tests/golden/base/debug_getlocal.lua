-- debug.getlocal / setlocal: parameters, locals by block, varargs, for loops, a function's parameter names
local function show(level)
  local out = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(level + 1, i)
    if not name or name == "(temporary)" then break end
    out[#out + 1] = name .. "=" .. tostring(value)
    i = i + 1
  end
  return table.concat(out, " ")
end
local function f(a, b, ...)
  local x = a + b
  print(show(1))
  do
    local y = x * 2
    print(show(1))
  end
  local z = "z"
  print(show(1))
  print(debug.getlocal(1, -1), debug.getlocal(1, -2), debug.getlocal(1, -3))
  print(debug.setlocal(1, 1, 100), a)
  print(debug.setlocal(1, 4, "zz"), z)
  return function() return x end
end
f(1, 2, "va1", "va2")
print(debug.getlocal(f, 1), debug.getlocal(f, 2), debug.getlocal(f, 3))
print(debug.getlocal(print, 1))
print(pcall(debug.getlocal, 100, 1))
print(pcall(debug.getlocal, 1))
local function g()
  for i = 10, 11 do
    local name = debug.getlocal(1, 4)
    print(name, select(2, debug.getlocal(1, 4)))
  end
end
g()
local mainlocal = 42
local n1, v1 = debug.getlocal(1, 1)
print(n1, type(v1))
