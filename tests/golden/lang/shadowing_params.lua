local buf = {} local function write(...) for i = 1, select("#", ...) do buf[#buf + 1] = tostring((select(i, ...))) end end local function flush() print(table.concat(buf)) buf = {} end
local x = 1
local function f(x)
  x = x + 1
  return x
end
print(f(10), x)
local function g(...)
  local x = select('#', ...)
  return x
end
print(g(1, 2, 3), x)
for x = 5, 6 do write(x, " ") end
write(x) flush()
local function h()
  local x = x + 100
  return x
end
print(h(), x)
local t = { x = "field" }
local function m(t) return t.x end
print(m({ x = "param field" }), t.x)
-- parameter named like a global function
local function useprint(print) return print end
print(useprint("not the print function"))
-- nested functions with same local names
local function outer()
  local v = "outer v"
  local function inner()
    local v = "inner v"
    return v
  end
  return inner(), v
end
print(outer())
