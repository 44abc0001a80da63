for _, ts in ipairs({0, 1, 86399, 951782400, 1234567890, 1700000000, 2147483647, 4102444800}) do
  local t = os.date("*t", ts)
  print(ts, os.time(t) == ts, os.date("!%Y-%m-%d %H:%M:%S", ts))
end
local d = os.date("!*t", 1234567890)
d.day = d.day + 100
print(os.date("!%Y-%m-%d", os.time(d)))
