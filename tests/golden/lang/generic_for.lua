-- ipairs / pairs on sequences
for i, v in ipairs({ "a", "b", "c" }) do print("ipairs", i, v) end
for i, v in ipairs({ 1, 2, nil, 4 }) do print("stops at nil", i, v) end

-- custom stateless iterator
local function iter(limit, cur)
  if cur < limit then return cur + 1, (cur + 1) ^ 2 end
end
for i, sq in iter, 4, 0 do print("stateless", i, sq) end

-- closure-based iterator
local function range(n)
  local i = 0
  return function()
    i = i + 1
    if i <= n then return i end
  end
end
for x in range(3) do print("closure iter", x) end

-- iterator returning several values
local function triples()
  local i = 0
  return function()
    i = i + 1
    if i <= 2 then return i, i * 2, i * 3 end
  end
end
for a, b, c in triples() do print("triples", a, b, c) end

-- extra variables are nil
for a, b, c, d in ipairs({ "x" }) do print("extra", a, b, c, d) end

-- the control variable is the first variable; false ends? no: only nil ends
local vals = { false, false, nil }
local function falses(s, i)
  i = i + 1
  if i <= 2 then return i, vals[i] end
end
for i, v in falses, nil, 0 do print("false value", i, v) end

-- break from generic for
for i, v in ipairs({ 10, 20, 30, 40 }) do
  if v == 30 then break end
  print("before break", i, v)
end

-- next directly
local t = { 5 }
for k, v in next, t do print("next", k, v) end

-- iterating sorted keys
local h = { banana = 3, apple = 1, cherry = 2 }
local keys = {}
for k in pairs(h) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do print("sorted", k, h[k]) end
