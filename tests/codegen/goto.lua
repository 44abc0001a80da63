-- Blocks with labels become a dispatch loop over segments; a goto out of nested
-- loops passes through each loop on its way.
for i = 1, 5 do
  if i % 2 == 0 then goto continue end
  io.write(i, " ")
  ::continue::
end
print()
local n = 0
::again::
n = n + 1
if n < 3 then goto again end
print(n)
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then goto done end
  end
end
::done::
print("out")
