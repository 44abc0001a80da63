-- #t on random tables (python -m tests.border --emit ... --seed 8 --batch 60 --reads)
local N = 0
local function P(n) print(N, n) end
N = 0
do
  local t = {1, nil, 0.5, {}, nil, true, 2, true, nil, 1, 0.5, true, {}}
  P(#t)
  t[#t + 1] = 0.5
  t[#t + 1] = 1
  P(#t)
  table.remove(t)
  if #t > 0 then t[#t] = nil end
  t[#t + 1] = 1
  t[#t + 1] = {}
  P(#t)
  P(#t)
  table.insert(t, true)
  P(#t)
  t[39] = nil
  P(#t)
  table.remove(t)
  table.insert(t, 32 % (#t + 1) + 1, true)
  for i = 17, 26 do t[i] = 's' end
  t[#t + 1] = 0.5
  t.k2 = 's'
  P(#t)
  P(#t)
end
N = 1
do
  local t = {k1 = 2, [27] = 2}
  P(#t)
  for i = 26, 38 do t[i] = 1 end
  P(#t)
  t[9.0] = true
  t[5] = nil
  P(#t)
  P(#t)
end
N = 2
do
  local t = {}
  P(#t)
  table.insert(t, 33 % (#t + 1) + 1, 0.5)
  t[7.5] = 0.5
  P(#t)
end
N = 3
do
  local t = {}
  P(#t)
  P(#t)
  P(#t)
end
N = 4
do
  local t = {[28] = true, 's', nil, 2, nil, 0.5, (function() return true, true, nil, true end)()}
  P(#t)
  t[#t + 1] = true
  t[#t + 1] = true
  t[3.5] = true
  P(#t)
  t[1] = nil
  table.insert(t, 1)
  t[1.5] = 0.5
  for i = 24, 40 do t[i] = true end
  t[#t + 1] = 0.5
  P(#t)
  t[#t + 1] = 's'
  P(#t)
  t[#t + 1] = true
  P(#t)
end
N = 5
do
  local t = {'s', k5 = 0.5, 's', 1, [32] = 0.5, 's', 0.5, 's', true, {}, [23] = nil, (function() return 's', 1, 's' end)()}
  P(#t)
  t[27] = 0.5
  P(#t)
  t[136] = 2
  t[13] = 0.5
  rawset(t, 11, nil)
  rawset(t, 13, nil)
  P(#t)
  P(#t)
end
N = 6
do
  local t = {1, nil, {}, nil, 1, {}, 1, {}, nil, 2, 's', 1, 1, 0.5, 2, true, nil, 1, nil, 's', 's', 1, 1, {}, 2, 's', 2, true, nil, 1, {}, nil, true, 2, 1, true, 0.5, true, {}, {}, {}, 's', 0.5, 's', true, 's', 0.5, 0.5, 2, true, true, 1, 1, nil, 's', {}, nil, {}, nil, true, 2, [16] = nil, true, 0.5, 1, 0.5, nil, {}, 's', nil, 1}
  P(#t)
  P(#t)
  table.insert(t, 1)
  P(#t)
  for i = 8, 24 do t[i] = 1 end
  t[9] = nil
  rawset(t, 38, nil)
  P(#t)
end
N = 7
do
  local t = {{}, true, [21] = 1, true, [1.0] = {}, [0.5] = 1, [20] = 1, 0.5, 1, 0.5, k3 = 2, 's', true, 0.5, 2, 0.5, [81] = 's', 1, {}, [2] = {}, k2 = 2, [31] = {}}
  P(#t)
  table.insert(t, 38 % (#t + 1) + 1, 's')
  t[#t + 1] = true
  t[32] = 1
  P(#t)
  t[20] = 1
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
  rawset(t, 14, {})
  P(#t)
  rawset(t, 21, true)
  t[#t + 1] = 's'
  t[7.5] = nil
  P(#t)
  P(#t)
  t[22] = 1
  t[28.0] = 2
  table.insert(t, 2)
  P(#t)
  P(#t)
end
N = 8
do
  local t = {}
  P(#t)
  t[37] = true
  P(#t)
  t[2] = 0.5
  t[25] = nil
  P(#t)
  t[#t + 1] = 's'
  P(#t)
  P(#t)
  t[#t + 1] = {}
  if #t > 0 then t[#t] = nil end
  P(#t)
  t[#t + 1] = true
  P(#t)
  t.k2 = 2
  P(#t)
  t[32] = nil
  P(#t)
  P(#t)
end
N = 9
do
  local t = {k5 = 2, k5 = {}}
  P(#t)
  t[8] = nil
  table.insert(t, {})
  P(#t)
  for i = 19, 36 do t[i] = 's' end
  table.insert(t, true)
  for i = 26, 37 do t[i] = {} end
  t[#t + 1] = true
  t[31] = 2
  table.remove(t)
  t[#t + 1] = 1
  P(#t)
end
N = 10
do
  local t = {k4 = 2, nil, [37] = 2, nil}
  P(#t)
  t[#t + 1] = 0.5
  t[#t + 1] = 1
  t[7.0] = nil
  P(#t)
  if #t > 0 then t[#t] = nil end
  table.remove(t)
  P(#t)
  P(#t)
end
N = 11
do
  local t = {}
  P(#t)
  P(#t)
  table.remove(t)
  P(#t)
  t[9] = nil
  if #t > 0 then table.remove(t, 28 % #t + 1) end
  P(#t)
  table.insert(t, {})
  P(#t)
  t[#t + 1] = 's'
  t[36] = nil
  P(#t)
end
N = 12
do
  local t = {1, 2, 2, true, 0.5}
  P(#t)
  if #t > 0 then table.remove(t, 24 % #t + 1) end
  if #t > 0 then t[#t] = nil end
  t[38.0] = 1
  t[#t + 1] = 0.5
  table.remove(t)
  P(#t)
  table.insert(t, 39 % (#t + 1) + 1, 2)
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
end
N = 13
do
  local t = {}
  P(#t)
  for i = 27, 38 do t[i] = 2 end
  t[23] = nil
  P(#t)
end
N = 14
do
  local t = {'s', nil, 1, 1, 's', nil, 1, 's', 0.5, 0.5, {}, 's', {}, 1, 0.5, 's', 's', 0.5, 2, {}, 0.5, nil, {}, 's', {}, {}, nil, 0.5, 0.5, {}, 's', 0.5, 0.5, 1, 's', 1, 1, {}, {}, 0.5, 1, 2, 0.5, nil, 's', {}, true, 2, 's', 0.5, true, {}, true, true, true, 0.5, 0.5, {}, 2, true, 2, 's', 1, 2, 0.5, true, true, 0.5, 's', {}, (function() return nil end)()}
  P(#t)
  P(#t)
  P(#t)
end
N = 15
do
  local t = {nil, 1, true, nil, 0.5, 0.5, {}, nil, 2, 1, 's', {}, {}, 0.5, nil, {}, true, nil, true, true, 1, {}, 's', true, nil, 1, nil, {}, 1, 2, 's', true, nil, nil, 1, 2, 1, 0.5, 2, true, {}, nil, nil, 1, 's', nil, 's', 2, 1, 's', nil, nil, 's', {}, 1, (function() return true, 's', true, true, true, 's' end)()}
  P(#t)
  for i = 15, 15 do t[i] = true end
  t[#t + 1] = 1
  P(#t)
  t[#t + 1] = 1
  P(#t)
  P(#t)
  for i = 10, 27 do t[i] = 1 end
  for i = 28, 47 do t[i] = 2 end
  P(#t)
end
N = 16
do
  local t = {'s', nil, 1, 2, 0.5}
  P(#t)
  t[1.5] = 0.5
  t[16.0] = nil
  for i = 28, 41 do t[i] = 0.5 end
  P(#t)
end
N = 17
do
  local t = {}
  P(#t)
  rawset(t, 9, nil)
  P(#t)
end
N = 18
do
  local t = {}
  P(#t)
  t[#t + 1] = 1
  P(#t)
  t[6.5] = nil
  P(#t)
  for i = 1, 19 do t[i] = 0.5 end
  P(#t)
  t[29] = nil
  P(#t)
  t[18.0] = nil
  P(#t)
  P(#t)
end
N = 19
do
  local t = {nil, true, 1, k5 = 0.5, 1, 's'}
  P(#t)
  table.insert(t, 26 % (#t + 1) + 1, 0.5)
  P(#t)
  t[#t + 1] = 's'
  t.k4 = {}
  P(#t)
end
N = 20
do
  local t = {}
  P(#t)
  for i = 1, 1 do t[#t + 1] = i end
  P(#t)
  t[125] = {}
  P(#t)
  t[23] = nil
  t[27] = nil
  P(#t)
end
N = 21
do
  local t = {'s', 1, 1, nil, 0.5, 2, {}, nil, 's', 2, nil, true, nil}
  P(#t)
  t[#t + 1] = 1
  P(#t)
  t[11] = 2
  t.k3 = nil
  P(#t)
  P(#t)
  P(#t)
  table.insert(t, true)
  P(#t)
  t[39] = 2
  P(#t)
  t.k4 = {}
  for i = 5, 8 do t[i] = 's' end
  local _ = t[28]
  t[#t + 1] = 1
  t[#t + 1] = 2
  P(#t)
  P(#t)
end
N = 22
do
  local t = {k6 = 0.5, [9] = 's', [20] = 's', [7.5] = 0.5, k1 = {}, (function() return 2, true, 2, nil end)()}
  P(#t)
  t[6.5] = true
  for i = 24, 25 do t[i] = 2 end
  P(#t)
  P(#t)
end
N = 23
do
  local t = {0.5, 0.5, 0.5, 's', nil, 2, 2, 0.5, 's', {}, 1, 0.5, 's', nil, 1, 1, {}, {}, nil, 2, 1, nil, {}, 0.5, true, {}, 0.5, 0.5, 's', 's', 0.5, true, nil, 's', 2, 2, {}, 's', 2, 1}
  P(#t)
  P(#t)
  t[#t + 1] = 's'
  P(#t)
  P(#t)
  table.insert(t, 33 % (#t + 1) + 1, 2)
  t[39.0] = nil
  t[#t + 1] = {}
  P(#t)
  P(#t)
  if #t > 0 then t[#t] = nil end
  table.remove(t)
  for i = 1, 13 do t[#t + 1] = i end
  P(#t)
  t[-5] = nil
  t[#t + 1] = 2
  t[7] = nil
  P(#t)
  P(#t)
  P(#t)
end
N = 24
do
  local t = {2, 1, k3 = 0.5, [45] = 's'}
  P(#t)
  t[#t + 1] = 0.5
  P(#t)
  table.remove(t)
  table.remove(t)
  P(#t)
end
N = 25
do
  local t = {{}, k4 = 1, [-5] = {}, k5 = 's', [3] = 's', k6 = true, [39] = {}, nil, k6 = 's', 1, k1 = 0.5, 2, [7.5] = 0.5, 2}
  P(#t)
  rawset(t, 8, true)
  P(#t)
  P(#t)
  t[#t + 1] = 1
  t.k1 = nil
  t[24] = 0.5
  P(#t)
  t.k3 = nil
  t[#t + 1] = 1
  P(#t)
  t[2] = 1
  t.k6 = {}
  P(#t)
  if #t > 0 then t[#t] = nil end
  t[24] = nil
  t[#t + 1] = 's'
  t[#t + 1] = 0.5
  P(#t)
end
N = 26
do
  local t = {true, [8.5] = 's'}
  P(#t)
  t[#t + 1] = 's'
  t[7] = true
  if #t > 0 then t[#t] = nil end
  local _ = t[33]
  local _ = t[39]
  rawset(t, 34.0, 1)
  t[20] = {}
  t[#t + 1] = 's'
  P(#t)
end
N = 27
do
  local t = {[26] = 2, nil, (function() return nil end)()}
  P(#t)
  t.k3 = 2
  P(#t)
  table.insert(t, 1)
  P(#t)
  P(#t)
end
N = 28
do
  local t = {[16] = {}, 0.5, [14] = 2, 1, 's', 0.5, [0.5] = 1, true, k6 = 's', [16] = true}
  P(#t)
  t[#t + 1] = 1
  for i = 10, 12 do t[i] = 2 end
  P(#t)
  t[#t + 1] = 0.5
  t[21] = true
  P(#t)
  t[#t + 1] = 2
  for i = 15, 33 do t[i] = 0.5 end
  table.remove(t)
  t[#t + 1] = {}
  if #t > 0 then table.remove(t, 19 % #t + 1) end
  table.remove(t)
  table.insert(t, 35 % (#t + 1) + 1, 0.5)
  P(#t)
end
N = 29
do
  local t = {2, true, 2, 1, {}, 's', 0.5, 2, k2 = 0.5, true, {}, 0.5, 0.5, 2, (function() return true end)()}
  P(#t)
  t[32] = 2
  if #t > 0 then t[#t] = nil end
  P(#t)
  table.insert(t, 23 % (#t + 1) + 1, 's')
  t[#t + 1] = {}
  P(#t)
  t[19] = true
  for i = 3, 5 do t[i] = 2 end
  t[25] = true
  t.k4 = {}
  P(#t)
  P(#t)
  table.insert(t, {})
  if #t > 0 then t[#t] = nil end
  P(#t)
  t.k5 = 's'
  P(#t)
end
N = 30
do
  local t = {[32] = {}, 0.5, nil, 0.5, 2, 1, 0.5, nil, [8] = true, true, (function() return 1, 2, true, {} end)()}
  P(#t)
  t[#t + 1] = 's'
  t[#t + 1] = {}
  P(#t)
end
N = 31
do
  local t = {true, nil, (function() return 0.5, 's', {}, 1 end)()}
  P(#t)
  P(#t)
  P(#t)
end
N = 32
do
  local t = {{}, [4.5] = 0.5, 1, 0.5, [20] = nil, true, nil, true, 1, {}, 0.5, 0.5, 0.5, 0.5, {}, 1, true, [34] = 's', 0.5, k5 = true, {}, 1, nil, true, 's', 2, 0.5, k5 = 's', 's', {}, 's', 's', 1, 2, {}, 1, k6 = 2, nil, nil, [32] = nil, 1, 2, true, nil, nil, nil, 1, 's', true, k1 = 1, 0.5, 1, true, 1, 2, 1, nil, [1.5] = {}, nil, 's', true, nil, 0.5, 0.5}
  P(#t)
  for i = 21, 30 do t[i] = 1 end
  P(#t)
end
N = 33
do
  local t = {true, 0.5, nil, 's', 's', k2 = 1, {}, 0.5, 's', 0.5, 1, 2, 1, 1}
  P(#t)
  t[26] = 's'
  if #t > 0 then t[#t] = nil end
  t[#t + 1] = 0.5
  t[29] = nil
  P(#t)
  t[#t + 1] = true
  P(#t)
end
N = 34
do
  local t = {nil, {}, (function() return 2, 0.5 end)()}
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
  table.insert(t, {})
  t[5] = nil
  P(#t)
  table.insert(t, 35 % (#t + 1) + 1, 's')
  table.insert(t, true)
  P(#t)
  P(#t)
  P(#t)
  local _ = t[24]
  for i = 1, 23 do t[#t + 1] = i end
  t[-1] = {}
  t[29] = nil
  P(#t)
end
N = 35
do
  local t = {{}, 1, {}, true, nil, {}, 2, [9] = 's', nil, {}, 's', nil, 1, 's', true, 2, 1, 2, [35] = 0.5, 0.5, 0.5, 's'}
  P(#t)
  if #t > 0 then table.remove(t, 5 % #t + 1) end
  P(#t)
end
N = 36
do
  local t = {2, k3 = 2, true, 0.5, 's', 1, nil, k6 = 's', nil, 's'}
  P(#t)
  table.insert(t, 27 % (#t + 1) + 1, 's')
  P(#t)
  P(#t)
  if #t > 0 then t[#t] = nil end
  if #t > 0 then t[#t] = nil end
  P(#t)
  table.insert(t, 7 % (#t + 1) + 1, 's')
  P(#t)
end
N = 37
do
  local t = {}
  P(#t)
  t[0] = 's'
  P(#t)
  t[28.0] = nil
  t[#t + 1] = {}
  t[12] = true
  for i = 20, 25 do t[i] = {} end
  t[5.5] = {}
  t.k2 = nil
  if #t > 0 then table.remove(t, 28 % #t + 1) end
  P(#t)
  for i = 10, 11 do t[i] = 2 end
  P(#t)
  t[#t + 1] = 's'
  table.insert(t, true)
  P(#t)
  for i = 17, 18 do t[i] = 's' end
  P(#t)
  t[31] = true
  P(#t)
  P(#t)
end
N = 38
do
  local t = {k1 = 's', {}, {}, {}, [4.5] = 2}
  P(#t)
  t[29] = 2
  P(#t)
  local _ = t[5]
  P(#t)
  t[32] = {}
  t[10] = nil
  P(#t)
  t[27] = nil
  P(#t)
  for i = 1, 23 do t[#t + 1] = i end
  t[#t + 1] = 2
  table.remove(t)
  t[20] = nil
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
  t[3.5] = nil
  P(#t)
  P(#t)
  for i = 30, 31 do t[i] = {} end
  P(#t)
  t[82] = nil
  P(#t)
end
N = 39
do
  local t = {{}, {}, 's', 0.5, true, nil, 2, 's', 's', true, 2, 0.5, 's', 1, [19] = 1, 's', 0.5, {}, nil, nil, 0.5, {}, {}, {}, true, 's', [25] = 2, 1, 2, 0.5, 0.5, {}, nil, 0.5, 1, 1, 2, nil, 's', 2, {}, true, (function() return 0.5 end)()}
  P(#t)
  table.insert(t, {})
  t[26] = 1
  table.insert(t, 0.5)
  P(#t)
  t[#t + 1] = 0.5
  P(#t)
  local _ = t[6]
  for i = 7, 24 do t[i] = 1 end
  t[60] = 1
  if #t > 0 then table.remove(t, 49 % #t + 1) end
  t[23] = nil
  P(#t)
  t[26] = 2
  t.k2 = 's'
  t[#t + 1] = 1
  P(#t)
  t[10.0] = nil
  P(#t)
  P(#t)
end
N = 40
do
  local t = {}
  P(#t)
  t[36] = 's'
  P(#t)
  t[20] = 's'
  P(#t)
  P(#t)
  table.remove(t)
  table.insert(t, 's')
  t[#t + 1] = 's'
  t[#t + 1] = 2
  P(#t)
  P(#t)
end
N = 41
do
  local t = {}
  P(#t)
  t[36] = {}
  for i = 1, 36 do t[#t + 1] = i end
  P(#t)
end
N = 42
do
  local t = {'s', nil, nil, true, 0.5, 2, {}, true, true, 's', nil, true, {}, 2, 0.5, 's', true, 1, 1, 0.5, 0.5, 2, true, {}, {}, 's', 's', 0.5, 's', 2, 's', 's', nil, 2, 2, true, {}, 0.5, 2, {}, 0.5, true, true, 1, 1, 's', nil, 's', 2, {}, 1, 0.5, true, 0.5, true, 's', 0.5, {}, 1, true, 's', 2, 1, 1, {}, {}, 1, 's', 1, 0.5}
  P(#t)
  t[#t + 1] = {}
  for i = 25, 36 do t[i] = true end
  table.insert(t, 's')
  t[19] = true
  P(#t)
  table.insert(t, 4 % (#t + 1) + 1, true)
  P(#t)
end
N = 43
do
  local t = {[40] = 2, k6 = true}
  P(#t)
  t[20] = nil
  P(#t)
  t[33] = nil
  P(#t)
  t[25] = 2
  t[#t + 1] = 1
  t[36.0] = 0.5
  P(#t)
  P(#t)
  P(#t)
  t[#t + 1] = 1
  rawset(t, 37, nil)
  P(#t)
  t[#t + 1] = 's'
  table.insert(t, 's')
  P(#t)
end
N = 44
do
  local t = {0.5}
  P(#t)
  for i = 1, 19 do t[#t + 1] = i end
  P(#t)
  t[63] = 's'
  P(#t)
  t[#t + 1] = 's'
  P(#t)
  P(#t)
  P(#t)
  P(#t)
  P(#t)
end
N = 45
do
  local t = {}
  P(#t)
  table.insert(t, 21 % (#t + 1) + 1, 's')
  for i = 19, 28 do t[i] = true end
  t[#t + 1] = true
  P(#t)
  table.remove(t)
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
  t[38] = nil
  P(#t)
  t[#t + 1] = 1
  t[16] = 1
  table.insert(t, {})
  P(#t)
end
N = 46
do
  local t = {[-1] = nil, nil, true, 1, true, {}, true, 1, true, {}, [7] = 0.5, 1, [31] = 's', 2, 's', 0.5}
  P(#t)
  t[8] = true
  P(#t)
  table.insert(t, 0.5)
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
  P(#t)
  P(#t)
  if #t > 0 then table.remove(t, 23 % #t + 1) end
  table.insert(t, 47 % (#t + 1) + 1, 0.5)
  P(#t)
  t[40.0] = true
  t[#t + 1] = true
  P(#t)
  if #t > 0 then table.remove(t, 28 % #t + 1) end
  t[#t + 1] = 2
  P(#t)
  t[8.5] = 1
  if #t > 0 then t[#t] = nil end
  P(#t)
  table.remove(t)
  P(#t)
end
N = 47
do
  local t = {true, 2, true, 2, {}, 0.5, true, 1}
  P(#t)
  t[#t + 1] = {}
  t[#t + 1] = 1
  t[7.5] = 2
  t[3] = 0.5
  table.insert(t, {})
  P(#t)
  table.insert(t, 's')
  t[37] = nil
  P(#t)
  t[33.0] = 2
  P(#t)
  P(#t)
end
N = 48
do
  local t = {}
  P(#t)
  t[39.0] = 2
  t[16] = nil
  P(#t)
  P(#t)
end
N = 49
do
  local t = {}
  P(#t)
  P(#t)
  t[20] = nil
  for i = 1, 1 do t[#t + 1] = i end
  P(#t)
  P(#t)
end
N = 50
do
  local t = {'s', [9.5] = 's', [16] = {}, k3 = 1, 0.5, true, 1, 2, {}, 2, [6] = {}, [-5] = 0.5, {}}
  P(#t)
  P(#t)
  table.insert(t, 39 % (#t + 1) + 1, 0.5)
  P(#t)
  t[16] = nil
  for i = 9, 20 do t[i] = 's' end
  P(#t)
  local _ = t[1048576]
  P(#t)
  P(#t)
  t[#t + 1] = 0.5
  P(#t)
  t[#t + 1] = 0.5
  t[#t + 1] = true
  t.k3 = {}
  if #t > 0 then t[#t] = nil end
  table.remove(t)
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
  P(#t)
end
N = 51
do
  local t = {nil, 2, {}, 0.5, nil, 1, 2, 's', true, 's', [28.0] = 0.5, 2, 1, 's', 0.5, true, 1, 0.5, 2, {}, 1, {}, 2, 1, 2, 2, [31] = true, 's', {}, nil, 2, 0.5, 's', {}, true, 1, 0.5, {}, nil, 's', 0.5, [36] = nil, 0.5, nil, 0.5, 0.5, 1, {}, 's', [27] = nil, {}, 's', 1, 2, 's', 1, 1, {}, 1, 0.5, nil, 's', 2, 1, 2, 's', 's', 0.5, 0.5, [9.5] = 's', 's', 1, 1, {}, 2}
  P(#t)
  P(#t)
  P(#t)
  table.remove(t)
  table.remove(t)
  t[22] = 0.5
  t[#t + 1] = true
  t[32] = nil
  P(#t)
end
N = 52
do
  local t = {nil, 0.5, nil, 2, 1, true, true, true, true, 0.5, k6 = 1, 1, nil, nil, nil, 2, 's', true, {}, nil, nil, true, 2, 2, 's', 2, 1, {}, nil, {}, {}, 1, 1, 's', 's', 's', 0.5, {}, 0.5, 's', nil}
  P(#t)
  t[#t + 1] = 0.5
  t[#t + 1] = true
  table.insert(t, true)
  t[14] = 0.5
  t[#t + 1] = 2
  P(#t)
  t.k2 = nil
  P(#t)
  t[#t + 1] = true
  P(#t)
  P(#t)
  t[0.5] = nil
  P(#t)
  P(#t)
  P(#t)
  table.remove(t)
  P(#t)
end
N = 53
do
  local t = {2, true}
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
  t[#t + 1] = 0.5
  P(#t)
  table.remove(t)
  P(#t)
  table.insert(t, 1)
  if #t > 0 then t[#t] = nil end
  P(#t)
end
N = 54
do
  local t = {2, nil, true, [4] = 0.5, 2, true, 1, true, [7] = nil, true, true, true, {}, 's', 's', 0.5, 0.5, 1, 2, [31] = nil, 0.5, 2, 0.5, 2, {}, nil, k3 = 's', 2, nil, {}, 2, nil, 's', 2, 0.5, k4 = {}, 1, 2, 2, 1, 1, 1, 's', 1, 0.5}
  P(#t)
  P(#t)
  P(#t)
  P(#t)
  t[2] = nil
  t[28] = nil
  rawset(t, 9, nil)
  table.remove(t)
  P(#t)
  t[21] = nil
  t[14.0] = 0.5
  t[#t + 1] = true
  P(#t)
  t[0.5] = 's'
  t[27.0] = nil
  P(#t)
  P(#t)
end
N = 55
do
  local t = {}
  P(#t)
  P(#t)
  P(#t)
  P(#t)
end
N = 56
do
  local t = {[98] = 2, 1, nil, true, nil, 's', 2, [4] = 1, nil, true, 2, [39] = {}, 2, nil, nil, [24] = 's', [67] = 2, true, {}, 2, 's', 's', nil, true, 0.5, 2, true, 's', nil, {}, 2, k2 = {}, 1, 0.5, nil, k5 = {}, true, 's', [26] = nil, {}, nil, 1, 's', [7] = true, 1, 2, 0.5, 1, nil}
  P(#t)
  t[2] = 0.5
  rawset(t, 40, 0.5)
  table.insert(t, 0.5)
  if #t > 0 then t[#t] = nil end
  if #t > 0 then t[#t] = nil end
  t[#t + 1] = 's'
  t[#t + 1] = 0.5
  P(#t)
  if #t > 0 then table.remove(t, 31 % #t + 1) end
  for i = 6, 19 do t[i] = 0.5 end
  P(#t)
end
N = 57
do
  local t = {1, 2, true, 2, {}, 2, nil, {}, (function() return nil, true, true end)()}
  P(#t)
  if #t > 0 then table.remove(t, 16 % #t + 1) end
  P(#t)
end
N = 58
do
  local t = {'s', true, 0.5, {}, 0.5, 's', {}, true, 1, true, [37] = 0.5, {}, true, 1, 0.5, 1, 2, 1, 0.5, 0.5, 0.5, nil, 1, 0.5, {}, 's', nil, 0.5, 1, 0.5, nil, 0.5, nil, 2, {}, 's', true, 0.5, {}, {}, true, {}, {}, true, {}, 1, nil, {}, nil, true, 1, true, 1, true, 's', 1, nil, [5] = 1, 0.5, true, true, 1, nil, 0.5, 1, true, {}, {}, 0.5, 2, nil, {}}
  P(#t)
  t[18] = nil
  P(#t)
end
N = 59
do
  local t = {0.5, [37] = 's', nil, [3] = 2, 's', {}, 1, (function() return 1 end)()}
  P(#t)
  rawset(t, 40, nil)
  t[15] = nil
  P(#t)
  table.insert(t, 0.5)
  t[#t + 1] = 2
  t.k6 = nil
  table.insert(t, {})
  P(#t)
  t[28] = true
  t[#t + 1] = true
  P(#t)
  for i = 4, 14 do t[i] = 0.5 end
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
end
