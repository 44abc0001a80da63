local buf = {} local function write(...) for i = 1, select("#", ...) do buf[#buf + 1] = tostring((select(i, ...))) end end local function flush() print(table.concat(buf)) buf = {} end
local function run(a, b, c)
  local out = {}
  for i = a, b, c or 1 do out[#out + 1] = tostring(i) end
  return table.concat(out, " ")
end
print("1.0..3", run(1.0, 3))
print("1..2 step 0.5", run(1, 2, 0.5))
print("0..1 step 0.25", run(0, 1, 0.25))
print("2..1 step -0.5", run(2, 1, -0.5))
print("0.1 steps", run(0, 0.5, 0.1))
print("float steps accumulate", run(0, 1, 0.1))
for i = 1.0, 2 do print("type", math.type(i)) end
for i = 1, 2, 1.0 do print("float step type", math.type(i), i) end
-- count iterations of a float loop with inexact step
local n = 0
for x = 0, 1, 0.1 do n = n + 1 end
print("iterations 0..1 by 0.1", n)
n = 0
for x = 1, 0, -0.1 do n = n + 1 end
print("iterations 1..0 by -0.1", n)
-- huge float limit
n = 0
for x = 1, math.huge do n = n + 1; if n == 5 then break end end
print("to huge", n)
n = 0
for x = 1, -math.huge do n = n + 1 end
print("to -huge", n)
-- integer start with float limit
for i = 1, 3.7 do write(i, " ") end flush()
for i = -1, -3.2, -1 do write(i, " ") end flush()
