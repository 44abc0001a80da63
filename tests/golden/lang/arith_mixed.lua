-- mixed integer/float operands in + - * where one side's type is known
local big = math.maxinteger
local vals = {1.5, -0.0, 1e308, 2^53, 0/0 ~= 0/0 and 3 or 4, "2", 7}
for _, v in ipairs(vals) do
  local k = 3
  local r1, r2, r3 = v + k, v - k, v * k
  local r4, r5, r6 = k + v, k - v, k * v
  print(r1, r2, r3, r4, r5, r6, math.type(r1), math.type(r4))
end
local x = 0.5
for i = 1, 3 do
  local t = {x * 3, i * 2.5}
  print(t[1] + i, i + t[2], t[1] - big, big * t[2], t[1] * (i % 2))
end
print(big + 0.0, big - 1.0, (big - 1) * 1.0, -big - 1.5)
print(2^63 + 1, math.mininteger * 1.0, 9007199254740993 + 0.0)
print(pcall(function() local t = {{}}; return t[1] + 1 end))
