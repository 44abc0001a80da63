-- a checksum of a decoded JSON value that does not depend on pairs order
-- (counts and integer sums only): shared by the JSON benchmarks
return function(v, null)
  local tables, keys, strings, bytes, numbers, others = 0, 0, 0, 0, 0, 0
  local function walk(x)
    local t = type(x)
    if x == null then others = others + 1
    elseif t == "table" then
      tables = tables + 1
      for k, y in pairs(x) do
        if type(k) == "string" then keys = keys + 1 end
        walk(y)
      end
    elseif t == "string" then strings = strings + 1; bytes = bytes + #x
    elseif t == "number" then numbers = numbers + 1
    else others = others + 1 end
  end
  walk(v)
  return string.format("tables %d keys %d strings %d bytes %d numbers %d others %d",
                       tables, keys, strings, bytes, numbers, others)
end
