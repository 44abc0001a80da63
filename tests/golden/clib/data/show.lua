-- show(v): a deterministic text for any value (tables with sorted keys), for the clib goldens
local function key_order(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta < tb end
  if ta == "number" or ta == "string" then return a < b end
  return tostring(a) < tostring(b)
end

local function show(v, seen)
  seen = seen or {}
  local t = type(v)
  if t == "string" then return string.format("%q", v) end
  if t == "number" then return math.type(v) == "integer" and tostring(v) or string.format("%.17g", v) end
  if t ~= "table" then
    if t == "userdata" or t == "function" or t == "thread" then return t end
    return tostring(v)
  end
  if seen[v] then return "<cycle>" end
  seen[v] = true
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, key_order)
  local parts = {}
  local n = #v
  for i = 1, n do parts[#parts + 1] = show(v[i], seen) end
  for _, k in ipairs(keys) do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then
      local ks = type(k) == "string" and k:match("^[%a_][%w_]*$") and k or "[" .. show(k, seen) .. "]"
      parts[#parts + 1] = ks .. "=" .. show(v[k], seen)
    end
  end
  seen[v] = nil
  return "{" .. table.concat(parts, ", ") .. "}"
end

-- showall(...): every value, nil included, separated by spaces
local function showall(...)
  local n = select("#", ...)
  local out = {}
  for i = 1, n do out[i] = show((select(i, ...))) end
  return n .. ": " .. table.concat(out, " ")
end

-- try(f, ...): the results of f, or its error message
local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  if r[1] then return showall(table.unpack(r, 2, r.n)) end
  local err = r[2]
  if type(err) ~= "string" then err = "(a " .. type(err) .. ")" end
  return "error: " .. err
end

return { show = show, showall = showall, try = try }
