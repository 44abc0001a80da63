local vals = {"plain", "a\nb", "\0\1\2\3", "tab\tend", "quote\"back\\", "\255\128", "12\0" .. "34",
  0, 1, -1, math.maxinteger, math.mininteger, 0.5, -0.1, 1e300, 2^-1074, 1/0, -1/0, math.pi}
for i, v in ipairs(vals) do
  local q = string.format("%q", v)
  local back = load("return " .. q)()
  print(i, back == v, math.type(back) == math.type(v))
end
local nan = load("return " .. string.format("%q", 0/0))()
print("nan", nan ~= nan)
