local function matmul(a, b)
  local n, m, p = #a, #b, #b[1]
  local c = {}
  for i = 1, n do
    c[i] = {}
    for j = 1, p do
      local s = 0
      for k = 1, m do s = s + a[i][k] * b[k][j] end
      c[i][j] = s
    end
  end
  return c
end
local function show(m)
  for i = 1, #m do print(table.concat(m[i], " ")) end
end
local a = { { 1, 2 }, { 3, 4 } }
local b = { { 5, 6 }, { 7, 8 } }
show(matmul(a, b))
local id = { { 1, 0 }, { 0, 1 } }
show(matmul(a, id))
local f = { { 0.5, 1.5 }, { 2, 1 } }
show(matmul(f, a))
-- power of a matrix (fibonacci)
local function matpow(m, e)
  local r = { { 1, 0 }, { 0, 1 } }
  while e > 0 do
    if e % 2 == 1 then r = matmul(r, m) end
    m = matmul(m, m)
    e = e // 2
  end
  return r
end
print("fib 90 via matrix", matpow({ { 1, 1 }, { 1, 0 } }, 90)[1][2])
