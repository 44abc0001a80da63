-- tables: allocation of many small tables -- records with named fields,
-- short arrays and tree nodes -- plus appends, field reads and the garbage
-- they leave behind.
local N = 200000

local function make_point(i)
  return {x = i, y = i * 2, z = i % 7}
end

local function make_tree(depth)
  if depth == 0 then return {} end
  return {make_tree(depth - 1), make_tree(depth - 1)}
end

local function count_tree(t)
  if t[1] == nil then return 1 end
  return 1 + count_tree(t[1]) + count_tree(t[2])
end

local total = 0
for round = 1, 6 do
  -- records with named fields, appended with #t + 1
  local pts = {}
  for i = 1, N do
    pts[#pts + 1] = make_point(i + round)
  end
  local s = 0
  for i = 1, #pts do
    local p = pts[i]
    s = s + p.x + p.y - p.z
  end
  total = total + s

  -- short arrays built with constructors, stored by index
  local rows = {}
  for i = 1, N // 4 do
    rows[i] = {i, i + 1, i + 2, i + round}
  end
  local s2 = 0
  for i = 1, #rows do
    local r = rows[i]
    s2 = s2 + r[1] * r[4] - r[2] - r[3]
  end
  total = total + s2

  -- a map from string keys to small tables, then updated in place
  local groups = {}
  for i = 1, N // 4 do
    local key = "k" .. (i % 1000)
    local g = groups[key]
    if g == nil then
      g = {count = 0, sum = 0}
      groups[key] = g
    end
    g.count = g.count + 1
    g.sum = g.sum + i
  end
  local s3 = 0
  for k = 0, 999 do
    local g = groups["k" .. k]
    s3 = s3 + g.count * 3 + g.sum % 1000
  end
  total = total + s3

  -- a binary tree of empty tables
  total = total + count_tree(make_tree(14 + round % 2))
  print(string.format("round %d: %d %d %d", round, s, s2, s3))
end
print("total", total)
