local function run(a, b, c)
  local out = {}
  if c then
    for i = a, b, c do out[#out + 1] = i end
  else
    for i = a, b do out[#out + 1] = i end
  end
  return table.concat(out, " ")
end
print("1..5", run(1, 5))
print("1..5 step 2", run(1, 5, 2))
print("5..1 step -1", run(5, 1, -1))
print("5..1 (empty)", "[" .. run(5, 1) .. "]")
print("1..1", run(1, 1))
print("0..-5 step -2", run(0, -5, -2))
print("10..1 step -3", run(10, 1, -3))
print("1..10 step 100", run(1, 10, 100))
print("-3..3", run(-3, 3))

-- loop variable is an integer when start and step are integers
for i = 1, 2 do print("type", math.type(i)) end
-- float limit is fine, loop stays integer
for i = 1, 2.5 do print("float limit", i, math.type(i)) end
-- limit below start as float
for i = 3, 2.9 do print("never") end
-- limit evaluated once
local lim = 3
local count = 0
for i = 1, lim do lim = 10; count = count + 1 end
print("limit once", count)
-- changing the loop variable does not affect iteration
local iters = {}
for i = 1, 3 do iters[#iters + 1] = i; i = i * 10 end
print("var assign", table.concat(iters, " "))
-- loop variable not visible after loop
local i = "outer"
for i = 1, 2 do end
print("after", i)
-- expressions evaluated once and in order
local log = {}
local function v(x) log[#log + 1] = x; return x end
for k = v(1), v(2), v(1) do end
print("eval order", table.concat(log, ","))
