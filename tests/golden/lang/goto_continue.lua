local buf = {} local function write(...) for i = 1, select("#", ...) do buf[#buf + 1] = tostring((select(i, ...))) end end local function flush() print(table.concat(buf)) buf = {} end
-- continue-style goto
for i = 1, 6 do
  if i % 2 == 0 then goto continue end
  print("odd", i)
  ::continue::
end

-- continue inside while
local i = 0
while i < 5 do
  i = i + 1
  if i == 3 then goto cont end
  write(i, " ")
  ::cont::
end
flush()

-- continue in repeat: label before until; locals must end before the label
local j = 0
repeat
  j = j + 1
  do
    if j == 2 then goto next end
    write("j=", j, " ")
  end
  ::next::
until j >= 4
flush()

-- goto in nested loops to break out of both
for a = 1, 3 do
  for b = 1, 3 do
    if a * b == 4 then
      print("found", a, b)
      goto done
    end
  end
end
::done::
print("after done")
