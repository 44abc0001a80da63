local buf = {} local function write(...) for i = 1, select("#", ...) do buf[#buf + 1] = tostring((select(i, ...))) end end local function flush() print(table.concat(buf)) buf = {} end
-- goto jumping out of several nested blocks and loops
local function search(grid, target)
  for i = 1, #grid do
    for j = 1, #grid[i] do
      if grid[i][j] == target then
        goto found
      end
    end
  end
  do return "not found" end
  ::found::
  return "found " .. target
end
local g = { { 1, 2 }, { 3, 4 } }
print(search(g, 3))
print(search(g, 9))

-- a state machine with goto
local out = {}
local n = 0
::state_a::
n = n + 1
out[#out + 1] = "a" .. n
if n < 3 then goto state_b else goto finish end
::state_b::
out[#out + 1] = "b" .. n
goto state_a
::finish::
print(table.concat(out, " "))

-- goto into an enclosing block's label from nested block
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto next_i end
    write(i, ",", j, " ")
  end
  ::next_i::
end
flush()

-- compile errors for bad gotos
print(load("goto nowhere"))
print(load("do local x ::l1:: end goto l1"))
print(load("goto f; local x; ::f:: print(x)"))
print(load("::a:: ::a::"))
