local function show(t)
  return string.format("%d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d isdst=%s",
    t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, tostring(t.isdst))
end
print(show(os.date("!*t", 0)))
print(show(os.date("!*t", 1234567890)))
print(show(os.date("!*t", 951868800)))
print(show(os.date("!*t", -86400)))
local n = 0
for k in pairs(os.date("!*t", 0)) do n = n + 1 end
print("fields", n)
print(math.type(os.date("!*t", 0).year))
