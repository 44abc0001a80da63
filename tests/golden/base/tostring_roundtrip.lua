local vals = { 1, -1, 0, 1.5, -2.25, 1e15, 123456789012, 2^53, math.maxinteger, math.mininteger, 0.1 }
for _, v in ipairs(vals) do
  local s = tostring(v)
  local back = tonumber(s)
  print(s, back == v, math.type(back) == math.type(v))
end
print(tostring(1/3), tonumber(tostring(1/3)) == 1/3)
