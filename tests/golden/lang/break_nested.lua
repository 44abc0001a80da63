-- break exits only the innermost loop
local log = {}
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then break end
    log[#log + 1] = i .. j
  end
end
print(table.concat(log, " "))

-- break inside if inside loop
local found
for i, v in ipairs({ 3, 8, 12, 5 }) do
  if v > 7 then found = i; break end
end
print("found index", found)

-- break with code after it in the block (allowed in 5.4 only as last statement... inside do)
for i = 1, 3 do
  do break end
end
print("break in do")

-- break out of while true in a function
local function first_square_above(n)
  local k = 0
  while true do
    k = k + 1
    if k * k > n then break end
  end
  return k
end
print("first square above 50", first_square_above(50))

-- break in repeat inside for
local total = 0
for i = 1, 3 do
  local j = 0
  repeat
    j = j + 1
    if j > i then break end
    total = total + 1
  until false
end
print("total", total)
