-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 1:
--   lua5.4: nil	0
--   lua2py: 
-- lua5.4 prints:
--   nil	0
--   9
-- lua2py prints:
--   
--   10
-- shrunk from seed 4: a self tail call inside a numeric for continues the loop
-- instead of restarting the function (the loop then ends and nothing is returned)
function gtc2(n)
  for i = 0, 0 do
    if n > 0 and i == 0 then return gtc2(n - 1) end
    if n == 0 then return s, i end
  end
end
print(gtc2(1))
-- the same inside while/repeat/generic for, with a local accumulator (seed 5)
local function tc(n, acc)
  acc = acc or 0
  if n <= 0 then return acc end
  while true do
    if n % 2 == 0 then return tc(n - 1, acc + n) end
    n = n - 1
    acc = acc + 1
    if n < 0 then break end
  end
  return tc(n - 1, acc)
end
print(tc(5))
