-- #t after table.insert shifts a table with holes, then stores and removals (a case the
-- border tester found, python -m tests.border --count 1000 --seed 900 --coroutine:
-- seed 901, case 186): `t[21] = 's'` overwrites a key past the hint `#t` lowered, and
-- lua5.4 moves the hint there; the layout model cannot see overwrites
local function P(n) print(n) end
coroutine.wrap(function()
  local t = {{}, 2, nil, {}, 's', 1, 1, 's', true, {}, 2, 's', 2, nil, {}, 's', 1, true, {}, 0.5}
  P(#t)
  table.insert(t, 45 % (#t + 1) + 1, 1)
  rawset(t, 20, nil)
  P(#t)
  if #t > 0 then t[#t] = nil end
  t[21] = 's'
  table.insert(t, 32 % (#t + 1) + 1, 1)
  if #t > 0 then t[#t] = nil end
  t[11] = 2
  P(#t)
  for i = 18, 19 do t[i] = 1 end
  P(#t)
  t[#t + 1] = {}
  if #t > 0 then t[#t] = nil end
  P(#t)
end)()
