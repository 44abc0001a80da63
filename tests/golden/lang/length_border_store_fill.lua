-- #t of tables filled by index stores in order (`w[k] = v` in a numeric loop), the
-- shape lua2py answers without building its layout model: the first #t of such a
-- table moves lua5.4's hint (alimit) to the end, and later borders depend on it
local out = {}
local function P(...) out[#out + 1] = table.concat({...}, " ") end

-- filled 1..n, #t (or table.concat, or not at all), then one hole, #t again
for n = 1, 18 do
  for _, h in ipairs({1, n // 2, (3 * n) // 4, n - 1, n}) do
    if h >= 1 then
      local a, b, c = {}, {}, {}
      for k = 1, n do a[k] = k; b[k] = "x"; c[k] = k end
      local la = #a
      local s = table.concat(b)
      a[h] = nil; b[h] = nil; c[h] = nil
      P(n, h, la, #s, #a, #b, #c)
    end
  end
end

-- after the first #t, more stores in order (inside the array, past it), then holes
for n = 1, 12 do
  for m = n, n + 9, 3 do
    local t = {}
    for k = 1, n do t[k] = k end
    local l1 = #t
    for k = n + 1, m do t[k] = k end
    local l2 = #t
    t[(m + 1) // 2] = nil
    local l3 = #t
    t[m] = nil
    P(n, m, l1, l2, l3, #t)
  end
end

-- constructors, then stores in order
for n = 0, 12 do
  local t = {1, 2, 3}
  for k = 4, 3 + n do t[k] = k end
  local l1 = #t
  t[2 + n // 2] = nil
  P("ctor", n, l1, #t)
  local u = {"a", "b", "c", "d", "e"}
  for k = 6, 5 + n do u[k] = k end
  local l2 = #u
  u[#u - 1] = nil
  P("ctor5", n, l2, #u)
end

-- pops and appends after the first #t, a string key added and removed, table.insert
for n = 2, 12 do
  local t = {}
  for k = 1, n do t[k] = k end
  local l1 = #t
  t[#t] = nil
  local l2 = #t
  t.name = "x"
  t[#t + 1] = "y"
  t.name = nil
  local l3 = #t
  table.insert(t, "z")
  t[n // 2] = nil
  local l4 = #t
  t[n // 2] = 1
  for k = #t + 1, #t + 5 do t[k] = k end
  t[#t - 2] = nil
  P("mix", n, l1, l2, l3, l4, #t)
end

-- stores out of order, or starting above 1, then #t
for n = 2, 10 do
  local t = {}
  for k = n, 1, -1 do t[k] = k end
  local l1 = #t
  t[n - 1] = nil
  local u = {}
  for k = 2, n do u[k] = k end
  local l2 = #u
  u[1] = 1
  local l3 = #u
  u[n // 2 + 1] = nil
  P("order", n, l1, #t, l2, l3, #u)
end

-- the #t inline in a loop's bounds and conditions
for n = 3, 10 do
  local t = {}
  for k = 1, n do t[k] = k * k end
  local s = 0
  for i = 1, #t do s = s + t[i] end
  if #t == n then t[n - 2] = nil end
  P("inline", n, s, #t)
end

print(table.concat(out, "\n"))
