local buf = {} local function write(...) for i = 1, select("#", ...) do buf[#buf + 1] = tostring((select(i, ...))) end end local function flush() print(table.concat(buf)) buf = {} end
-- iterator factories built from closures
local function fibgen()
  local a, b = 0, 1
  return function()
    local r = a
    a, b = b, a + b
    return r
  end
end
local g = fibgen()
local out = {}
for i = 1, 12 do out[i] = g() end
print(table.concat(out, " "))

local function chars(s)
  local i = 0
  return function()
    i = i + 1
    if i <= #s then return i, s:sub(i, i) end
  end
end
for i, c in chars("lua") do print(i, c) end

local function filter(pred, it)
  return function()
    while true do
      local v = it()
      if v == nil then return nil end
      if pred(v) then return v end
    end
  end
end
local function upto(n) local i = 0 return function() i = i + 1 if i <= n then return i end end end
local evens = {}
for v in filter(function(x) return x % 2 == 0 end, upto(10)) do evens[#evens + 1] = v end
print(table.concat(evens, ","))

-- stateless iterator with explicit state table
local function iter(st, i)
  i = i + st.step
  if i <= st.limit then return i end
end
for v in iter, { step = 3, limit = 10 }, 0 do write(v, " ") end
flush()
