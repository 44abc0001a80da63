-- a stateless iterator (state, control) that yields the control value
local function iter(limit, i)
  i = i + 1
  if i > limit then return nil end
  local doubled = coroutine.yield(i)
  return i, doubled
end
local co = coroutine.wrap(function()
  local out = {}
  for i, d in iter, 4, 0 do out[#out + 1] = i .. "=" .. tostring(d) end
  return "result " .. table.concat(out, ",")
end)
local v = co()
while type(v) == "number" do
  print("iterator yielded", v)
  v = co(v * 2)
end
print(v)
