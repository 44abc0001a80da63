-- a deterministic JSON document generator and a canonical encoder (goldens and benchmarks)
local M = {}
local seed = 42
local function rand(n) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n end
local words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
                "iota", "kappa", "lambda", "mu", 'quote"d', "back\\\\slash", "tab\\there",
                "uni\\u00e9", "new\\nline", "sl\\/ash" }
local function gen(depth)
  local r = rand(10)
  if depth > 4 then r = r % 5 end
  if r == 0 then return tostring(rand(100000) - 50000)
  elseif r == 1 then return string.format("%d.%d", rand(1000), rand(1000))
  elseif r == 2 then return '"' .. words[rand(#words) + 1]:gsub('"', '\\"') .. '"'
  elseif r == 3 then return ({ "true", "false", "null" })[rand(3) + 1]
  elseif r == 4 then return string.format("%de%d", rand(90) + 1, rand(20) - 10)
  elseif r <= 6 then
    local parts = {}
    for i = 1, rand(6) do parts[i] = gen(depth + 1) end
    return "[" .. table.concat(parts, ", ") .. "]"
  else
    local parts = {}
    for i = 1, rand(6) do
      parts[i] = string.format('"k%d_%s": %s', i, words[rand(8) + 1], gen(depth + 1))
    end
    return "{\n  " .. table.concat(parts, ",\n  ") .. "\n}"
  end
end
function M.document(n, s)
  seed = s or 42
  local parts = {}
  for i = 1, n do parts[i] = gen(0) end
  return "[" .. table.concat(parts, ",\n") .. "]"
end
-- canonical text of a decoded value (sorted keys, %.14g numbers)
function M.encode(v, null)
  local t = type(v)
  if v == null then return "null" end
  if t == "table" then
    if #v > 0 or next(v) == nil then
      local parts = {}
      for i = 1, #v do parts[i] = M.encode(v[i], null) end
      return "[" .. table.concat(parts, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys)
    local parts = {}
    for i, k in ipairs(keys) do parts[i] = string.format("%q:%s", k, M.encode(v[k], null)) end
    return "{" .. table.concat(parts, ",") .. "}"
  elseif t == "string" then return string.format("%q", v)
  elseif t == "number" then return string.format("%.14g", v)
  else return tostring(v) end
end
return M
