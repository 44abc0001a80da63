-- #t on random tables (python -m tests.border --emit ... --seed 7 --batch 60 --reads --coroutine)
local N = 0
local function P(n) print(N, n) end
N = 0
coroutine.wrap(function()
  local t = {[33] = 2, 1, 1, [5] = 2, (function() return nil, {}, 1, true end)()}
  P(#t)
  P(#t)
  P(#t)
end)()
N = 1
coroutine.wrap(function()
  local t = {}
  P(#t)
  t[#t + 1] = 1
  t.k2 = {}
  table.insert(t, 6 % (#t + 1) + 1, 's')
  t[#t + 1] = 1
  if #t > 0 then t[#t] = nil end
  for i = 30, 44 do t[i] = 0.5 end
  t[16] = 2
  P(#t)
  P(#t)
end)()
N = 2
coroutine.wrap(function()
  local t = {'s', 1, nil, 's', true, {}, nil, [19] = 2, 's', 's', 0.5, 1, 's', {}, nil, 's', {}, 's', {}, true, 0.5}
  P(#t)
  if #t > 0 then t[#t] = nil end
  t.k4 = nil
  P(#t)
  P(#t)
  P(#t)
  t[#t + 1] = {}
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
  for i = 14, 31 do t[i] = 2 end
  t.k6 = 2
  P(#t)
  t[31] = nil
  t[#t + 1] = 1
  t[4] = nil
  P(#t)
  t.k1 = nil
  t[#t + 1] = 2
  P(#t)
end)()
N = 3
coroutine.wrap(function()
  local t = {}
  P(#t)
  P(#t)
  t[#t + 1] = true
  t[10] = nil
  P(#t)
  t[11] = nil
  t[35] = 0.5
  P(#t)
end)()
N = 4
coroutine.wrap(function()
  local t = {{}, k4 = 's', 0.5, [23] = true, k6 = 2, 2, 2, [2] = 1, 0.5, [13] = 2, (function() return nil, 0.5, 0.5 end)()}
  P(#t)
  t[#t + 1] = {}
  P(#t)
  table.insert(t, 7 % (#t + 1) + 1, {})
  rawset(t, 12, nil)
  for i = 13, 27 do t[i] = {} end
  P(#t)
  P(#t)
  P(#t)
  P(#t)
  P(#t)
  P(#t)
  t[5.5] = true
  t[#t + 1] = 1
  if #t > 0 then table.remove(t, 33 % #t + 1) end
  t[#t + 1] = 2
  t[33] = 's'
  P(#t)
  table.insert(t, 's')
  local _ = t[23.0]
  P(#t)
end)()
N = 5
coroutine.wrap(function()
  local t = {0.5, [21] = 1, nil, 0.5, nil, 2, 2, true, 1, 's', 0.5, 1, 1, 's', nil, nil, 1, 1, 0.5, 0.5, {}, 0.5, true, 2, k5 = true, 's', 2, 2, true, 1, true, nil, 1, 2, {}, 2, 2, 2, 1, true, {}, 2}
  P(#t)
  t[34] = nil
  if #t > 0 then t[#t] = nil end
  P(#t)
  P(#t)
  t[#t + 1] = 's'
  P(#t)
  P(#t)
  P(#t)
  t[#t + 1] = true
  table.remove(t)
  t.k5 = nil
  P(#t)
end)()
N = 6
coroutine.wrap(function()
  local t = {}
  P(#t)
  rawset(t, 5, nil)
  P(#t)
end)()
N = 7
coroutine.wrap(function()
  local t = {2, nil, true, nil, true}
  P(#t)
  table.insert(t, 1)
  t[17.0] = 1
  P(#t)
  t[34] = 's'
  for i = 22, 27 do t[i] = 0.5 end
  P(#t)
  t[0.5] = 's'
  P(#t)
  P(#t)
end)()
N = 8
coroutine.wrap(function()
  local t = {true, k5 = true, [13] = {}, nil, [4.5] = {}, true}
  P(#t)
  t[#t + 1] = 1
  P(#t)
  P(#t)
  t[#t + 1] = true
  table.remove(t)
  table.remove(t)
  t[#t + 1] = true
  P(#t)
  t[36.0] = nil
  P(#t)
  t[#t + 1] = 's'
  P(#t)
  t[31] = 's'
  P(#t)
  table.insert(t, 32 % (#t + 1) + 1, 2)
  t[#t + 1] = 1
  P(#t)
  table.insert(t, true)
  P(#t)
  for i = 3, 21 do t[i] = 2 end
  local _ = t[39]
  P(#t)
end)()
N = 9
coroutine.wrap(function()
  local t = {0.5, 1, {}, {}, {}, 2, 0.5, 1, 0.5, {}, {}, 1, nil, nil, 1, true, {}, nil, 2, 1}
  P(#t)
  for i = 1, 35 do t[#t + 1] = i end
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
end)()
N = 10
coroutine.wrap(function()
  local t = {k2 = {}, {}, [4.5] = 1, k4 = true, k3 = 0.5, [17] = {}, k1 = true, [7] = {}, k1 = true, k6 = 2}
  P(#t)
  P(#t)
  P(#t)
  P(#t)
  P(#t)
  P(#t)
end)()
N = 11
coroutine.wrap(function()
  local t = {true, 2, nil, nil, 's', 2, {}, 1, k4 = 1, 2, true, 2, nil, true, {}, nil, 's', nil, 's', true, nil, {}, nil, 's', true, 0.5, nil, 's', 's', nil, 's', 2, 's', 's', 's', true, [123] = nil, {}, 0.5, {}, nil, true, (function() return 's', {}, 's' end)()}
  P(#t)
  table.insert(t, 30 % (#t + 1) + 1, 's')
  t[5] = nil
  P(#t)
  P(#t)
  t[29.0] = nil
  t.k1 = 2
  P(#t)
  t[#t + 1] = 2
  t[0.5] = nil
  P(#t)
end)()
N = 12
coroutine.wrap(function()
  local t = {1, k2 = 1, 0.5, k5 = {}, 2}
  P(#t)
  t[43] = nil
  P(#t)
  t[32.0] = nil
  P(#t)
  t[1000] = nil
  P(#t)
  t[#t + 1] = 2
  P(#t)
  P(#t)
  if #t > 0 then table.remove(t, 48 % #t + 1) end
  t[#t + 1] = 1
  P(#t)
  t[#t + 1] = 0.5
  table.insert(t, 8 % (#t + 1) + 1, 's')
  if #t > 0 then t[#t] = nil end
  t[#t + 1] = 1
  P(#t)
  P(#t)
end)()
N = 13
coroutine.wrap(function()
  local t = {0.5, nil, [2] = nil, true, [16] = true, (function() return {} end)()}
  P(#t)
  t[28] = nil
  t[27] = 1
  t[135] = nil
  t[#t + 1] = true
  for i = 8, 22 do t[i] = 2 end
  P(#t)
  for i = 1, 7 do t[#t + 1] = i end
  if #t > 0 then t[#t] = nil end
  if #t > 0 then t[#t] = nil end
  P(#t)
  table.insert(t, true)
  P(#t)
  t[#t + 1] = 0.5
  P(#t)
  t[#t + 1] = 1
  P(#t)
  P(#t)
end)()
N = 14
coroutine.wrap(function()
  local t = {nil, nil, 2, [8.0] = 0.5, 0.5, [96] = 1, [3.5] = true, 1, {}, 's', [18] = 1, [24] = 0.5, true}
  P(#t)
  table.insert(t, 40 % (#t + 1) + 1, 2)
  P(#t)
end)()
N = 15
coroutine.wrap(function()
  local t = {}
  P(#t)
  t[5] = nil
  P(#t)
end)()
N = 16
coroutine.wrap(function()
  local t = {k6 = 1, 0.5, nil, {}, 's', {}}
  P(#t)
  t[25.0] = nil
  P(#t)
  P(#t)
  P(#t)
end)()
N = 17
coroutine.wrap(function()
  local t = {k5 = 2, k2 = 1, k1 = 's', [24] = 0.5, [29.0] = 2, [4.5] = {}, [11] = 2, [31] = 0.5, [28] = nil}
  P(#t)
  t[13] = 's'
  t[38] = 2
  P(#t)
  t[#t + 1] = 's'
  if #t > 0 then t[#t] = nil end
  t[#t + 1] = true
  t[#t + 1] = true
  t[3.0] = true
  t[38] = 1
  P(#t)
  t[#t + 1] = 0.5
  t[126] = nil
  P(#t)
end)()
N = 18
coroutine.wrap(function()
  local t = {}
  P(#t)
  table.remove(t)
  P(#t)
  t[17] = nil
  P(#t)
  if #t > 0 then table.remove(t, 0 % #t + 1) end
  t[20] = nil
  P(#t)
  t[#t + 1] = true
  t[#t + 1] = 1
  table.insert(t, 40 % (#t + 1) + 1, 2)
  table.insert(t, 44 % (#t + 1) + 1, true)
  P(#t)
  P(#t)
  P(#t)
  P(#t)
  P(#t)
end)()
N = 19
coroutine.wrap(function()
  local t = {nil, 's', k3 = {}, true, 2, true, true, nil, nil, k4 = 1, 's', 2, nil, nil, nil, (function() return nil, nil end)()}
  P(#t)
  t[#t + 1] = true
  rawset(t, 3, nil)
  P(#t)
  P(#t)
end)()
N = 20
coroutine.wrap(function()
  local t = {nil, {}, 2, 2, 0.5, true, [97] = 2, 2, nil, 2, 1, nil, 2, nil, {}, nil, 1, true, {}, {}, 0.5, true, true, [37.0] = 2, 2, nil, true, true, true, true, 1, nil, 1, 0.5, 1, nil, nil, 's', 0.5, nil, true, 2, nil, nil, {}, 2, nil, 's', 2, {}, 1, 0.5, 2, 0.5, true, nil, true, 's', 2, 1, true, 's', true, 's', nil, {}, true, 0.5, 1, 0.5, true, 's'}
  P(#t)
  t[38.0] = {}
  P(#t)
  P(#t)
  t[#t + 1] = 2
  P(#t)
  table.insert(t, true)
  P(#t)
  table.insert(t, 1)
  P(#t)
  t[#t + 1] = 's'
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
  table.insert(t, 0.5)
  P(#t)
  P(#t)
end)()
N = 21
coroutine.wrap(function()
  local t = {nil, 2, true, nil, {}, true, 1, nil, 's', 0.5, 0.5, 2, 1, nil, true, 2, nil, 1, {}, 2}
  P(#t)
  table.insert(t, 0.5)
  t[20] = nil
  P(#t)
  table.insert(t, {})
  if #t > 0 then table.remove(t, 24 % #t + 1) end
  for i = 1, 6 do t[#t + 1] = i end
  t[17.0] = nil
  P(#t)
  t[#t + 1] = 's'
  P(#t)
  t[34] = 0.5
  P(#t)
end)()
N = 22
coroutine.wrap(function()
  local t = {1, 2, 2}
  P(#t)
  P(#t)
  for i = 13, 33 do t[i] = 2 end
  P(#t)
  local _ = t[2]
  if #t > 0 then table.remove(t, 19 % #t + 1) end
  t[11] = nil
  P(#t)
  t[#t + 1] = 1
  t[2] = 2
  P(#t)
  table.remove(t)
  P(#t)
  t[#t + 1] = 1
  P(#t)
  table.insert(t, 's')
  P(#t)
  P(#t)
  P(#t)
end)()
N = 23
coroutine.wrap(function()
  local t = {}
  P(#t)
  for i = 1, 25 do t[#t + 1] = i end
  P(#t)
  t[6] = 1
  table.insert(t, 30 % (#t + 1) + 1, 's')
  P(#t)
  t[#t + 1] = {}
  P(#t)
  for i = 9, 9 do t[i] = true end
  P(#t)
  t[118] = nil
  local _ = t[27]
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
  table.remove(t)
  if #t > 0 then table.remove(t, 36 % #t + 1) end
  t[19] = 1
  P(#t)
  P(#t)
  t[#t + 1] = {}
  P(#t)
end)()
N = 24
coroutine.wrap(function()
  local t = {}
  P(#t)
  table.insert(t, 0.5)
  P(#t)
  P(#t)
  P(#t)
  t[#t + 1] = {}
  if #t > 0 then t[#t] = nil end
  t[#t + 1] = 's'
  t[0] = nil
  table.insert(t, 13 % (#t + 1) + 1, 's')
  P(#t)
  P(#t)
end)()
N = 25
coroutine.wrap(function()
  local t = {{}, true, nil, {}, {}, nil, 0.5, k2 = {}, true, {}, true, 's', k4 = 2, 2, {}, 2, 's', {}, 0.5, 2, {}, 0.5, 2, 2, {}, 2, 1, 2, 's', true, 1, 1, true, 1, true, 0.5, 's', 2, {}, {}, true, 0.5, k6 = {}}
  P(#t)
  t[27] = {}
  P(#t)
  t[17] = nil
  if #t > 0 then t[#t] = nil end
  t[12] = nil
  for i = 13, 28 do t[i] = 1 end
  t[#t + 1] = 's'
  P(#t)
end)()
N = 26
coroutine.wrap(function()
  local t = {}
  P(#t)
  P(#t)
  t[#t + 1] = 0.5
  t[24] = true
  t[12] = nil
  for i = 1, 40 do t[#t + 1] = i end
  t[#t + 1] = 's'
  t[#t + 1] = 1
  t[38] = nil
  P(#t)
  t[34] = {}
  P(#t)
  t[122] = 1
  P(#t)
  table.insert(t, 14 % (#t + 1) + 1, {})
  t[#t + 1] = {}
  P(#t)
end)()
N = 27
coroutine.wrap(function()
  local t = {0.5, true, 2, true, true, true, nil, 's', [6.5] = 1, {}, true, 0.5, {}, [21] = 2, 2}
  P(#t)
  t[#t + 1] = 1
  P(#t)
  t[#t + 1] = 's'
  P(#t)
  t[#t + 1] = 2
  t[10] = true
  P(#t)
  t[39] = nil
  t[#t + 1] = 0.5
  local _ = t[14]
  for i = 1, 8 do t[#t + 1] = i end
  t[101] = 2
  t[#t + 1] = true
  P(#t)
end)()
N = 28
coroutine.wrap(function()
  local t = {k3 = true, 0.5, 1, 's', [19] = nil, (function() return 1, nil end)()}
  P(#t)
  table.remove(t)
  P(#t)
end)()
N = 29
coroutine.wrap(function()
  local t = {}
  P(#t)
  if #t > 0 then t[#t] = nil end
  P(#t)
  if #t > 0 then table.remove(t, 8 % #t + 1) end
  P(#t)
  P(#t)
  P(#t)
  rawset(t, 67, nil)
  t[19] = nil
  P(#t)
  t[5.5] = nil
  t[8] = nil
  P(#t)
  for i = 5, 23 do t[i] = 's' end
  P(#t)
end)()
N = 30
coroutine.wrap(function()
  local t = {}
  P(#t)
  t[1048576] = nil
  P(#t)
end)()
N = 31
coroutine.wrap(function()
  local t = {nil}
  P(#t)
  table.insert(t, {})
  P(#t)
  if #t > 0 then t[#t] = nil end
  table.insert(t, {})
  table.remove(t)
  P(#t)
  t[#t + 1] = {}
  for i = 1, 12 do t[#t + 1] = i end
  t[1.0] = nil
  t[8.5] = nil
  P(#t)
end)()
N = 32
coroutine.wrap(function()
  local t = {}
  P(#t)
  for i = 19, 39 do t[i] = true end
  P(#t)
end)()
N = 33
coroutine.wrap(function()
  local t = {1, k3 = {}, true, true, 1, 0.5, {}, true, 0.5, [10] = {}, nil, 2, {}, nil, nil, 1, 1, 1, nil, nil, 2, {}, k4 = true, (function() return nil end)()}
  P(#t)
  P(#t)
  P(#t)
end)()
N = 34
coroutine.wrap(function()
  local t = {}
  P(#t)
  for i = 6, 21 do t[i] = 0.5 end
  for i = 24, 38 do t[i] = 0.5 end
  t[11] = 1
  t[98] = nil
  rawset(t, 18, 0.5)
  P(#t)
end)()
N = 35
coroutine.wrap(function()
  local t = {{}, 2, 's', 2, {}, 2, 's', 's', true, 1, 2, 0.5, nil, 0.5, true, 1, true, 2, {}, 2, 1, true, 's', 1, true, 0.5, 1, 0.5, 's', 0.5, 0.5, k6 = true, 2, 1, {}, 0.5, true, 2, true, 1, true, 2, 1, 0.5, 1, nil, 0.5, 0.5, 's', true, 0.5, 's', 's', 2, 1, nil}
  P(#t)
  P(#t)
  t[#t + 1] = 1
  P(#t)
  P(#t)
end)()
N = 36
coroutine.wrap(function()
  local t = {{}, 2, 2, 2, 2, 's', 1, 1, 1, 0.5, {}, true, nil, nil, 2, 's', true, 1, 's', 1, true, 2, {}, true, 2, 2, 2, nil, 's', 2, 1, true, {}, nil, 's', true, nil, 's', 1, true, 2, 2, true, 1, 's', 2, 1, true, nil, 1, {}, 0.5, 's', nil, 's', 's', 2, nil, 2, nil, 's', nil, true, 's', true, nil, 0.5, 's', true, 0.5, (function() return nil, {}, nil, 1, {}, 's' end)()}
  P(#t)
  t[13] = 0.5
  t[34] = 1
  if #t > 0 then table.remove(t, 33 % #t + 1) end
  P(#t)
end)()
N = 37
coroutine.wrap(function()
  local t = {1, nil, true, nil, 2, 's', nil, 0.5, 1, true, 1, nil, 's', true, 1, 1, true, 1, 0.5, nil, 1, 2, 's', 1, nil, [3] = nil, {}, 1, {}, 0.5, true, nil, {}, 's', nil, 0.5, 1, nil, k3 = 2, 2, 2, 2, true, 2, 1, true, 0.5, [33.0] = 's', 0.5, nil, 1, 's', k3 = 1, 's', 0.5, 's', 0.5, nil, {}, [10] = true, [37] = 2, 2, k6 = 0.5, {}, 's', nil, 's', 0.5, 2, nil, true, 1, nil, [19] = true, 's', 0.5, [11] = 1, 0.5, 1}
  P(#t)
  t[35] = 2
  P(#t)
end)()
N = 38
coroutine.wrap(function()
  local t = {[21.0] = 0.5}
  P(#t)
  P(#t)
  P(#t)
  rawset(t, 39, nil)
  t[#t + 1] = true
  t[10] = nil
  table.insert(t, 43 % (#t + 1) + 1, 2)
  P(#t)
  P(#t)
end)()
N = 39
coroutine.wrap(function()
  local t = {1, {}, k3 = {}, [37.0] = nil, k5 = 1, k4 = true, [32] = true, [34] = 0.5, true, [0] = true, k6 = 's', {}, {}, [76] = 0.5}
  P(#t)
  t[5.5] = 's'
  t[0] = true
  P(#t)
  P(#t)
end)()
N = 40
coroutine.wrap(function()
  local t = {'s', true, 0.5, k5 = 2, true, 's', nil, true, {}, nil, true, true, 0.5, 2, true, 0.5, 0.5, 0.5, 1, 's', 1}
  P(#t)
  table.remove(t)
  t[33] = nil
  P(#t)
  P(#t)
  P(#t)
  table.insert(t, 6 % (#t + 1) + 1, 0.5)
  P(#t)
  P(#t)
end)()
N = 41
coroutine.wrap(function()
  local t = {[36] = 0.5, [11] = 0.5, k6 = 1, k1 = 1, [9.5] = 2, [34] = true, [36] = 1, [6.5] = 1, [35] = 0.5}
  P(#t)
  t[1048576] = 1
  P(#t)
  P(#t)
end)()
N = 42
coroutine.wrap(function()
  local t = {}
  P(#t)
  t[26] = nil
  P(#t)
  P(#t)
  t[38] = 2
  for i = 10, 23 do t[i] = true end
  P(#t)
  t[#t + 1] = {}
  if #t > 0 then table.remove(t, 26 % #t + 1) end
  P(#t)
  P(#t)
  P(#t)
  P(#t)
  P(#t)
  t[19] = nil
  P(#t)
end)()
N = 43
coroutine.wrap(function()
  local t = {'s', 1, true, [112] = nil, 's', true, 's', true, [13] = 's', k3 = 2, nil, (function() return true, 0.5 end)()}
  P(#t)
  for i = 17, 23 do t[i] = true end
  P(#t)
  t[17.0] = nil
  t[26] = nil
  t[6] = 1
  P(#t)
end)()
N = 44
coroutine.wrap(function()
  local t = {0.5, nil, nil, {}, 2, {}, 1, 's', 's', {}, 2, {}, 's'}
  P(#t)
  rawset(t, -1, nil)
  P(#t)
  t[27] = nil
  P(#t)
  table.remove(t)
  P(#t)
  local _ = t[7.0]
  P(#t)
  t[#t + 1] = 0.5
  if #t > 0 then table.remove(t, 25 % #t + 1) end
  P(#t)
  t[60] = 2
  t[#t + 1] = 's'
  P(#t)
end)()
N = 45
coroutine.wrap(function()
  local t = {true, [4.5] = {}, 's', k6 = {}, {}, 's', 1, [37] = 's', {}, 1, [28] = true, 0.5, 1, {}, nil, 2, 's', 1, {}, [32.0] = nil, {}, [37] = 's', 2, 1, true, 's', {}, {}, 0.5, nil, true, 2, 2, nil, 0.5, 0.5, {}, 's', 1, 's', 2, 2, nil, {}, {}, 0.5, [3] = 1, 2, 's', [1] = 's', 2, 2, [29] = 1, 2, 1, 2, 2, true, true, 1, 1, 2, nil, 's'}
  P(#t)
  t[#t + 1] = 's'
  P(#t)
  table.insert(t, 10 % (#t + 1) + 1, {})
  P(#t)
  if #t > 0 then table.remove(t, 47 % #t + 1) end
  t[81] = nil
  P(#t)
  t[#t + 1] = 's'
  t[37] = 1
  P(#t)
  t[#t + 1] = 2
  if #t > 0 then t[#t] = nil end
  table.insert(t, {})
  P(#t)
  table.remove(t)
  P(#t)
  table.insert(t, 5 % (#t + 1) + 1, true)
  local _ = t[24]
  P(#t)
  local _ = t[19]
  P(#t)
  P(#t)
end)()
N = 46
coroutine.wrap(function()
  local t = {}
  P(#t)
  t[1] = nil
  t[2.5] = nil
  P(#t)
  t[37] = nil
  P(#t)
  t[#t + 1] = 's'
  t[10.0] = nil
  P(#t)
  P(#t)
  t[5.5] = nil
  t[9] = nil
  P(#t)
  t[13] = nil
  P(#t)
  if #t > 0 then table.remove(t, 5 % #t + 1) end
  P(#t)
  t.k5 = nil
  t[8] = true
  P(#t)
  P(#t)
end)()
N = 47
coroutine.wrap(function()
  local t = {[32] = nil, 2, 's', [35] = 0.5, 2, k6 = 0.5, (function() return nil, 0.5, 1 end)()}
  P(#t)
  P(#t)
  t[11] = nil
  t[58] = true
  table.insert(t, true)
  P(#t)
  t[14] = nil
  t[#t + 1] = 2
  P(#t)
  t[23.0] = 1
  P(#t)
  for i = 1, 1 do t[#t + 1] = i end
  t[#t + 1] = 's'
  if #t > 0 then t[#t] = nil end
  P(#t)
end)()
N = 48
coroutine.wrap(function()
  local t = {}
  P(#t)
  t[39] = nil
  P(#t)
  P(#t)
  P(#t)
  t[38] = nil
  rawset(t, 17, true)
  P(#t)
  P(#t)
  local _ = t[1048576]
  for i = 1, 29 do t[#t + 1] = i end
  P(#t)
  t[31] = nil
  t[1.5] = 1
  table.insert(t, 25 % (#t + 1) + 1, 0.5)
  P(#t)
end)()
N = 49
coroutine.wrap(function()
  local t = {0.5, 's', 2, 2, 1, 's', 's', true, 's', nil, 's', 2, 0.5, [0.5] = 0.5, nil, nil, 's', 1, 's', 0.5, [1.5] = 2, 2}
  P(#t)
  t[71] = nil
  P(#t)
  P(#t)
  P(#t)
end)()
N = 50
coroutine.wrap(function()
  local t = {{}, k3 = {}, [30] = true, 0.5, [20] = 2, 's', nil, 's', true, k6 = 's', 2, k2 = 's', 's', (function() return true, {}, 1, 's' end)()}
  P(#t)
  t[11] = 's'
  t[26] = 1
  P(#t)
  P(#t)
end)()
N = 51
coroutine.wrap(function()
  local t = {2, 1, nil}
  P(#t)
  t[18] = nil
  P(#t)
  P(#t)
  t[#t + 1] = 's'
  P(#t)
  for i = 1, 32 do t[#t + 1] = i end
  table.remove(t)
  P(#t)
  P(#t)
  P(#t)
  table.insert(t, true)
  t[0] = nil
  t.k1 = nil
  if #t > 0 then table.remove(t, 10 % #t + 1) end
  P(#t)
  P(#t)
end)()
N = 52
coroutine.wrap(function()
  local t = {}
  P(#t)
  if #t > 0 then t[#t] = nil end
  t[38] = nil
  t[#t + 1] = 0.5
  P(#t)
end)()
N = 53
coroutine.wrap(function()
  local t = {true, {}, 0.5, true, 's', 's', nil, nil, {}, 's', {}, 1, 0.5, nil, nil, 0.5, 's', 's', 2, 2, 's', 2, true, 's', true, 's', 1, [97] = 2, nil, 1, true, 's', nil, true, true, {}, 1, 's', 2, 2, true, 's', true, 0.5, true, 's', 2, 's', nil, nil, 2, {}, true, 1, 2, {}}
  P(#t)
  table.remove(t)
  P(#t)
  P(#t)
  t[#t + 1] = {}
  for i = 1, 26 do t[#t + 1] = i end
  P(#t)
  for i = 23, 35 do t[i] = {} end
  P(#t)
end)()
N = 54
coroutine.wrap(function()
  local t = {[2] = 1, [15] = 0.5, [129] = 1, (function() return 0.5, 2, 0.5 end)()}
  P(#t)
  table.insert(t, 32 % (#t + 1) + 1, 0.5)
  if #t > 0 then t[#t] = nil end
  t[#t + 1] = 2
  P(#t)
end)()
N = 55
coroutine.wrap(function()
  local t = {nil, 1, k4 = true, [3.5] = 0.5, [27] = {}, [30] = 0.5, 1, [87] = 's'}
  P(#t)
  P(#t)
  table.insert(t, 38 % (#t + 1) + 1, 2)
  P(#t)
  t[125] = nil
  P(#t)
  local _ = t[4.0]
  t.k6 = nil
  for i = 1, 16 do t[i] = 0.5 end
  P(#t)
end)()
N = 56
coroutine.wrap(function()
  local t = {true, [73] = nil, {}, true, 1, 0.5, {}, 's', nil, {}, 0.5, 's', true, 's', true, 2, nil, 's', 0.5, 's', 2, {}, {}, {}, 1, 's', true, nil, 's', 's', 0.5, true, 's', true, true, {}, 0.5, nil, 's', {}, 's'}
  P(#t)
  t.k5 = 1
  P(#t)
  P(#t)
end)()
N = 57
coroutine.wrap(function()
  local t = {true, nil, 1, true, [93] = true, 's', 's', {}, 's'}
  P(#t)
  local _ = t[13.0]
  local _ = t[14]
  P(#t)
  t[#t + 1] = true
  if #t > 0 then t[#t] = nil end
  table.insert(t, 6 % (#t + 1) + 1, 1)
  t[28] = nil
  t[32] = nil
  P(#t)
  P(#t)
end)()
N = 58
coroutine.wrap(function()
  local t = {[4.5] = 0.5, [114] = 1, [14] = 0.5, [35] = 1, [30] = 1}
  P(#t)
  t.k4 = {}
  P(#t)
end)()
N = 59
coroutine.wrap(function()
  local t = {2, 1, 0.5, 's', nil, {}, 0.5, true, 's', true, 0.5, 2, nil, {}, true, {}, 's', 's', {}, 1, 1, true, 's', nil, true, {}, 0.5, true, true, 2, nil, {}, nil, nil, 0.5, 1, 0.5, 2, {}, {}, 2, 2, nil, 2, true, nil, 1, {}, {}, {}, 1, 2, nil, 's', 0.5, {}, 2, 's', 2, {}, true, 's', {}, {}, 1, 2, true, true, nil, 1}
  P(#t)
  P(#t)
  for i = 1, 16 do t[i] = 's' end
  P(#t)
  P(#t)
  P(#t)
end)()
