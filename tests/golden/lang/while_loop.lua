local i = 0
while i < 5 do i = i + 1 end
print("i", i)

-- while with break
local n = 0
while true do
  n = n + 1
  if n > 10 then break end
end
print("n", n)

-- never executes
while false do print("never") end
while nil do print("never") end

-- condition values: 0 and "" are truthy
local count = 0
local v = 0
while v do count = count + 1; if count == 3 then v = nil end end
print("0 is truthy, count", count)

-- nested while with break only leaving inner loop
local out = {}
local a = 0
while a < 3 do
  a = a + 1
  local b = 0
  while true do
    b = b + 1
    if b > a then break end
    out[#out + 1] = a .. ":" .. b
  end
end
print(table.concat(out, " "))

-- collatz
local function collatz(x)
  local steps = 0
  while x ~= 1 do
    if x % 2 == 0 then x = x // 2 else x = 3 * x + 1 end
    steps = steps + 1
  end
  return steps
end
print("collatz 27", collatz(27))
